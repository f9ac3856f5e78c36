package io.flowpod.domain.platform;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in one transaction as a given tenant: for callers that learn their tenant only from a
 * pre-tenant lookup (login, refresh, mailed links, provider webhooks), and for short transactions
 * around a call to an outside provider that must not run inside one. The tenant is set before the
 * transaction starts, which is when the transaction manager copies it into the database session for
 * row-level security.
 */
@Component
public class TenantTransactions {

  private final TransactionTemplate transactions;

  TenantTransactions(PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
  }

  public <T> T as(UUID tenantId, Supplier<T> work) {
    return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
  }
}
