package io.flowpod.domain.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sets {@code app.tenant_id} once per transaction ({@code set_config(..., is_local => true)}), so the
 * setting dies with the transaction and a pooled connection never carries one tenant into another's
 * work. Row-level security policies compare every row's tenant_id against it.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

  public TenantAwareTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(con, definition);
    String tenant = TenantContext.current().map(Object::toString).orElse("");
    try (PreparedStatement ps = con.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }
}
