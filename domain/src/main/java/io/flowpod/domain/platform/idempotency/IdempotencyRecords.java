package io.flowpod.domain.platform.idempotency;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys of the current tenant, stored in PostgreSQL so they survive restarts and work
 * across replicas. A key is claimed and completed inside the same transaction as the business change:
 * until that transaction commits, the uncommitted row is the lock a concurrent duplicate waits on.
 */
@Repository
public class IdempotencyRecords {

  private final JdbcClient jdbc;
  private final Clock clock;

  IdempotencyRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Claims {@code key} within {@code scope} for the current tenant. Waits up to {@code wait} for a
   * concurrent request holding the same key. After {@link IdempotencyClaim.InProgress} the
   * transaction is unusable and must be rolled back.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public IdempotencyClaim claim(String scope, String key, String fingerprint, Duration retention,
      Duration wait) {
    Instant now = Instant.now(clock);
    jdbc.sql("""
            delete from idempotency_keys
            where tenant_id = ? and scope = ? and idempotency_key = ? and expires_at <= ?""")
        .params(TenantContext.require(), scope, key, Timestamp.from(now))
        .update();
    String previousTimeout = jdbc.sql("select current_setting('lock_timeout')").query(String.class)
        .single();
    setLockTimeout(wait.toMillis() + "ms");
    int inserted;
    try {
      inserted = jdbc.sql("""
              insert into idempotency_keys
                (tenant_id, scope, idempotency_key, fingerprint, created_at, expires_at)
              values (?, ?, ?, ?, ?, ?)
              on conflict (tenant_id, scope, idempotency_key) do nothing""")
          .params(TenantContext.require(), scope, key, fingerprint, Timestamp.from(now),
              Timestamp.from(now.plus(retention)))
          .update();
    } catch (PessimisticLockingFailureException stillRunning) {
      return new IdempotencyClaim.InProgress();
    }
    setLockTimeout(previousTimeout);
    return inserted == 1 ? new IdempotencyClaim.Acquired() : existing(scope, key, fingerprint);
  }

  /** Stores the first response for a key this transaction {@link IdempotencyClaim.Acquired acquired}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void complete(String scope, String key, IdempotentResponse response) {
    int updated = jdbc.sql("""
            update idempotency_keys
            set response_status = ?, response_headers = ?, response_body = ?
            where tenant_id = ? and scope = ? and idempotency_key = ?""")
        .params(response.status(), encode(response.headers()), response.body(),
            TenantContext.require(), scope, key)
        .update();
    if (updated != 1) {
      throw new IllegalStateException("Idempotency key was not claimed in this transaction");
    }
  }

  /** Deletes expired keys of every tenant; runs without a tenant (see V4__idempotency.sql). */
  @Transactional
  public int purgeExpired() {
    // No WHERE on purpose: the purge_expired policy selects the expired rows.
    return jdbc.sql("delete from idempotency_keys").update();
  }

  private IdempotencyClaim existing(String scope, String key, String fingerprint) {
    Optional<IdempotencyClaim> found = jdbc.sql("""
            select fingerprint, response_status, response_headers, response_body
            from idempotency_keys
            where tenant_id = ? and scope = ? and idempotency_key = ?""")
        .params(TenantContext.require(), scope, key)
        .<IdempotencyClaim>query((rs, n) -> {
          if (!fingerprint.equals(rs.getString(1))) {
            return new IdempotencyClaim.KeyReused();
          }
          int status = rs.getInt(2);
          if (rs.wasNull()) {
            return new IdempotencyClaim.InProgress();
          }
          return new IdempotencyClaim.Replay(
              new IdempotentResponse(status, decode(rs.getString(3)), rs.getBytes(4)));
        })
        .optional();
    // Gone between insert and select: it expired and was purged; the caller may simply retry.
    return found.orElseGet(IdempotencyClaim.InProgress::new);
  }

  private void setLockTimeout(String value) {
    jdbc.sql("select set_config('lock_timeout', ?, true)").param(value).query(String.class).single();
  }

  private static String encode(Map<String, String> headers) {
    return headers.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, String> decode(String lines) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : lines.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        headers.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return headers;
  }
}
