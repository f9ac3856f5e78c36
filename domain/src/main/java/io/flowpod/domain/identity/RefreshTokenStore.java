package io.flowpod.domain.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for refresh tokens (stored hashed); every statement runs under the caller's tenant. */
@Component
class RefreshTokenStore {

  record Issued(String token, Instant expiresAt) {}

  private final JdbcClient jdbc;
  private final Duration timeToLive;

  RefreshTokenStore(JdbcClient jdbc,
      @Value("${flowpod.security.refresh-token-ttl:P14D}") Duration timeToLive) {
    this.jdbc = jdbc;
    this.timeToLive = timeToLive;
  }

  /** A new token in {@code familyId} (a fresh id starts a new family, i.e. a new login). */
  Issued issue(UUID tenantId, UUID userId, UUID familyId, Instant now) {
    String token = SecretTokens.random();
    Instant expiresAt = now.plus(timeToLive);
    jdbc.sql("""
            insert into refresh_tokens (id, tenant_id, user_id, family_id, token_hash, issued_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), tenantId, userId, familyId, SecretTokens.hash(token),
            Timestamp.from(now), Timestamp.from(expiresAt))
        .update();
    return new Issued(token, expiresAt);
  }

  /** The token's row, locked until the transaction ends so two rotations cannot both succeed. */
  Optional<StoredRefreshToken> lockByHash(String tokenHash) {
    return jdbc.sql("""
            select id, tenant_id, user_id, family_id, issued_at, expires_at, used_at, revoked_at
            from refresh_tokens where token_hash = ? for update""")
        .param(tokenHash)
        .query(RefreshTokenStore::row)
        .optional();
  }

  void markUsed(UUID id, Instant now) {
    jdbc.sql("update refresh_tokens set used_at = ? where id = ?").params(Timestamp.from(now), id)
        .update();
  }

  void revokeFamily(UUID familyId, Instant now) {
    jdbc.sql("update refresh_tokens set revoked_at = ? where family_id = ? and revoked_at is null")
        .params(Timestamp.from(now), familyId).update();
  }

  void revokeAllOf(UUID userId, Instant now) {
    jdbc.sql("update refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
        .params(Timestamp.from(now), userId).update();
  }

  private static StoredRefreshToken row(ResultSet rs, int n) throws SQLException {
    return new StoredRefreshToken(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
        rs.getObject("user_id", UUID.class), rs.getObject("family_id", UUID.class),
        instant(rs, "issued_at"), instant(rs, "expires_at"), instant(rs, "used_at"),
        instant(rs, "revoked_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
