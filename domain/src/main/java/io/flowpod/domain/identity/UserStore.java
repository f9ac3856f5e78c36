package io.flowpod.domain.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for users; every statement runs under the caller's tenant (row-level security). */
@Component
class UserStore {

  record Credentials(User user, String passwordHash) {}

  private static final String COLUMNS = "id, tenant_id, email, display_name, role, created_at, version";

  private final JdbcClient jdbc;

  UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the email has an account anywhere */
  User insert(UUID tenantId, String email, String displayName, Role role, String passwordHash,
      Instant now) {
    User user = new User(UUID.randomUUID(), tenantId, email, displayName, role, now, 0);
    jdbc.sql("""
            insert into users (id, tenant_id, email, display_name, password_hash, role, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(user.id(), tenantId, email, displayName, passwordHash, role.name(),
            Timestamp.from(now), Timestamp.from(now))
        .update();
    return user;
  }

  Optional<User> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from users where id = ?").param(id)
        .query(UserStore::user).optional();
  }

  Optional<User> findByEmail(String normalizedEmail) {
    return jdbc.sql("select " + COLUMNS + " from users where lower(email) = ?").param(normalizedEmail)
        .query(UserStore::user).optional();
  }

  Optional<Credentials> credentialsByEmail(String normalizedEmail) {
    return jdbc.sql("select " + COLUMNS + ", password_hash from users where lower(email) = ?")
        .param(normalizedEmail)
        .query((rs, n) -> new Credentials(user(rs, n), rs.getString("password_hash")))
        .optional();
  }

  List<User> page(int limit, long offset) {
    return jdbc.sql("select " + COLUMNS + " from users order by created_at, id limit ? offset ?")
        .params(limit, offset).query(UserStore::user).list();
  }

  long count() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }

  long countWithRole(Role role) {
    return jdbc.sql("select count(*) from users where role = ?").param(role.name())
        .query(Long.class).single();
  }

  void updatePassword(UUID id, String passwordHash, Instant now) {
    jdbc.sql("update users set password_hash = ?, updated_at = ? where id = ?")
        .params(passwordHash, Timestamp.from(now), id).update();
  }

  /** Changes the role only if the row still has {@code expectedVersion}; answers whether it did. */
  boolean updateRole(UUID id, Role role, long expectedVersion, Instant now) {
    return jdbc.sql("""
            update users set role = ?, updated_at = ?, version = version + 1
            where id = ? and version = ?""")
        .params(role.name(), Timestamp.from(now), id, expectedVersion).update() == 1;
  }

  private static User user(ResultSet rs, int row) throws SQLException {
    return new User(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
        rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
        rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
  }
}
