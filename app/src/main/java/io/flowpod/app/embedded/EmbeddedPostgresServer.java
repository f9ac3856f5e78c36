package io.flowpod.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server run from a jar, its data directory on disk so business data survives
 * restarts. On every start it (re)creates the two roles FlowPod needs with fresh random passwords: the
 * owner that Flyway migrates as, and the application role that owns nothing and is subject to
 * row-level security.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "flowpod";
  static final String OWNER_ROLE = "flowpod_owner";
  static final String APP_ROLE = "flowpod_app";

  private final EmbeddedPostgres postgres;
  private final String ownerPassword = randomPassword();
  private final String appPassword = randomPassword();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresServer start(Path dataDir, int port) {
    try {
      Path pgData = dataDir.resolve("postgres");
      Files.createDirectories(pgData.getParent());
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          .setPort(port)
          .setServerConfig("listen_addresses", EmbeddedSettings.HOST)
          .setServerConfig("max_connections", "50")
          .setPGStartupWait(Duration.ofSeconds(30))
          .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg);
      server.bootstrap();
      return server;
    } catch (IOException | SQLException e) {
      throw new EmbeddedStartupException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  private void bootstrap() throws SQLException {
    try (Connection con = postgres.getPostgresDatabase().getConnection();
        Statement st = con.createStatement()) {
      st.execute(ensureRole(OWNER_ROLE, "login nosuperuser nocreaterole", ownerPassword));
      st.execute(ensureRole(APP_ROLE, "login nosuperuser nocreaterole nobypassrls", appPassword));
      var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!rs.next()) {
        st.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
      }
    }
  }

  private static String ensureRole(String role, String attributes, String password) {
    return """
        do $$ begin
          if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s; end if;
          alter role %1$s %2$s password '%3$s';
        end $$""".formatted(role, attributes, password);
  }

  int port() {
    return postgres.getPort();
  }

  Map<String, Object> properties() {
    String url = "jdbc:postgresql://%s:%d/%s".formatted(EmbeddedSettings.HOST, port(), DATABASE);
    return Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", APP_ROLE,
        "spring.datasource.password", appPassword,
        // A local server answers at once; failing fast also keeps JVM shutdown short, because the
        // embedded server's own shutdown hook may stop PostgreSQL before the pool is closed.
        "spring.datasource.hikari.connection-timeout", "5000",
        "spring.flyway.url", url,
        "spring.flyway.user", OWNER_ROLE,
        "spring.flyway.password", ownerPassword,
        "spring.flyway.placeholders.appRole", APP_ROLE);
  }

  /** Superuser access to the FlowPod database, for tests that must look past row-level security. */
  DataSource superuserDataSource() {
    return postgres.getDatabase("postgres", DATABASE);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
