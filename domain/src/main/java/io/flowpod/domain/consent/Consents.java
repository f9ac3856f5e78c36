package io.flowpod.domain.consent;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger of the current workspace. Append-only: a change of mind is a new entry, and the
 * current state of a (purpose, channel) is its latest entry.
 */
@Service
@Transactional // row-level security needs the workspace set, which a transaction does
public class Consents {

  private static final String COLUMNS = """
      id, customer_id, purpose, channel, state, policy_version, text_shown, source, ip_address,
      proof, occurred_at""";

  private final JdbcClient jdbc;
  private final Clock clock;

  Consents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public ConsentRecord record(ConsentEntry entry) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now(clock);
    jdbc.sql("insert into consent_records (" + COLUMNS + ", tenant_id) values (?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(id, entry.customerId(), entry.purpose().name(),
            entry.channel() == null ? null : entry.channel().name(), entry.state().name(),
            entry.policyVersion(), entry.textShown(), entry.source(), entry.ipAddress(),
            entry.proof(), Timestamp.from(now), TenantContext.require())
        .update();
    return new ConsentRecord(id, entry.customerId(), entry.purpose(), entry.channel(),
        entry.state(), entry.policyVersion(), entry.textShown(), entry.source(), entry.ipAddress(),
        entry.proof(), now);
  }

  /** Every entry of the customer, oldest first. */
  public List<ConsentRecord> history(UUID customerId) {
    return jdbc.sql("select " + COLUMNS + " from consent_records where customer_id = ? order by seq")
        .param(customerId).query(Consents::map).list();
  }

  /** The latest entry per purpose and channel. */
  public List<ConsentRecord> current(UUID customerId) {
    return jdbc.sql("select distinct on (purpose, coalesce(channel, '')) " + COLUMNS
            + " from consent_records where customer_id = ?"
            + " order by purpose, coalesce(channel, ''), seq desc")
        .param(customerId).query(Consents::map).list();
  }

  /** Whether the latest entry for this purpose (and channel, for marketing) is a grant. */
  public boolean allows(UUID customerId, ConsentPurpose purpose, Channel channel) {
    return jdbc.sql("""
            select state from consent_records
            where customer_id = ? and purpose = ? and channel is not distinct from ?
            order by seq desc limit 1""")
        .params(customerId, purpose.name(), channel == null ? null : channel.name())
        .query(String.class).optional()
        .map(ConsentState.GRANTED.name()::equals).orElse(false);
  }

  private static ConsentRecord map(ResultSet rs, int row) throws SQLException {
    String channel = rs.getString("channel");
    return new ConsentRecord(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
        ConsentPurpose.valueOf(rs.getString("purpose")),
        channel == null ? null : Channel.valueOf(channel),
        ConsentState.valueOf(rs.getString("state")), rs.getString("policy_version"),
        rs.getString("text_shown"), rs.getString("source"), rs.getString("ip_address"),
        rs.getString("proof"), rs.getTimestamp("occurred_at").toInstant());
  }
}
