package io.flowpod.app.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Proves tenant isolation in the database itself, table by table, with the application's own checks
 * out of the way: raw SQL on the application's role (which owns nothing) sees no tenant-owned row when
 * no tenant is set, never sees or changes another tenant's rows, and cannot write a row for another
 * tenant. Rows are seeded past RLS with the superuser. Tables are discovered from the catalog, so a new
 * tenant-owned table is covered (or fails the suite) without anyone remembering to add it.
 */
@FlowPodIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest {

  @Autowired DataSource appDataSource;
  @Autowired EmbeddedRuntime runtime;

  private final UUID tenantA = UUID.randomUUID();
  private final UUID tenantB = UUID.randomUUID();
  private List<String> tenantOwnedTables;

  @BeforeAll
  void seedTwoTenants() throws SQLException {
    try (Connection su = runtime.superuserDataSource().getConnection()) {
      tenantOwnedTables = strings(su, """
          select table_name from information_schema.columns
          where table_schema = 'public' and column_name = 'tenant_id' order by table_name""");
      for (UUID tenant : List.of(tenantA, tenantB)) {
        execute(su, """
            insert into tenants (id, name, slug, time_zone, currency, locale, status, created_at)
            values (?, 'RLS', ?, 'UTC', 'EUR', 'en', 'ACTIVE', now())""", tenant, "rls-" + tenant);
        for (String table : tenantOwnedTables) {
          if (TenantOwnedTableSeeds.SQL.containsKey(table)) {
            seed(su, table, tenant);
          }
        }
      }
    }
  }

  @Test
  void every_tenant_owned_table_is_seeded_by_this_suite() {
    assertThat(tenantOwnedTables).contains("flow_checks", "users", "refresh_tokens", "audit_events");
    assertThat(TenantOwnedTableSeeds.SQL.keySet())
        .as("add a seed to TenantOwnedTableSeeds for every tenant-owned table")
        .containsAll(tenantOwnedTables);
  }

  @Test
  void the_application_role_owns_nothing_and_cannot_bypass_row_level_security() throws SQLException {
    try (Connection app = appDataSource.getConnection()) {
      assertThat(strings(app, "select rolsuper::text || rolbypassrls::text from pg_roles where rolname = current_user"))
          .containsExactly("falsefalse");
      assertThat(strings(app, "select tablename from pg_tables where schemaname = 'public' and tableowner = current_user"))
          .isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> each_tenant_owned_table_isolates_tenants() {
    return tenantOwnedTables.stream().flatMap(table -> Stream.of(
        DynamicTest.dynamicTest(table + ": row level security enabled and forced", () -> {
          try (Connection app = appDataSource.getConnection()) {
            assertThat(strings(app, """
                select relrowsecurity::text || relforcerowsecurity::text from pg_class
                where relname = '%s' and relnamespace = 'public'::regnamespace""".formatted(table)))
                .containsExactly("truetrue");
          }
        }),
        DynamicTest.dynamicTest(table + ": no tenant set sees no rows", () -> {
          try (Connection app = appDataSource.getConnection()) {
            assertThat(count(app, "select count(*) from " + table)).isZero();
          }
        }),
        DynamicTest.dynamicTest(table + ": a tenant sees only its own rows", () ->
            inTenantTransaction(tenantA, app -> {
              assertThat(count(app, "select count(*) from " + table + " where tenant_id = '" + tenantB + "'"))
                  .isZero();
              assertThat(count(app, "select count(*) from " + table + " where tenant_id = '" + tenantA + "'"))
                  .isPositive();
              assertThat(count(app, "select count(*) from " + table + " where tenant_id <> '" + tenantA + "'"))
                  .isZero();
            })),
        DynamicTest.dynamicTest(table + ": a tenant cannot change another tenant's rows", () ->
            inTenantTransaction(tenantA, app -> {
              assertThat(changedRows(app, "update " + table + " set tenant_id = tenant_id where tenant_id = '" + tenantB + "'"))
                  .isZero();
              assertThat(changedRows(app, "delete from " + table + " where tenant_id = '" + tenantB + "'")).isZero();
            })),
        DynamicTest.dynamicTest(table + ": a tenant cannot write a row for another tenant", () ->
            inTenantTransaction(tenantA, app ->
                assertThatThrownBy(() -> seed(app, table, tenantB))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security")))));
  }

  private static void seed(Connection c, String table, UUID tenant) throws SQLException {
    String sql = TenantOwnedTableSeeds.SQL.get(table);
    int uses = sql.split(":tenant", -1).length - 1;
    execute(c, sql.replace(":tenant", "?"), java.util.Collections.nCopies(uses, tenant).toArray());
  }

  private interface SqlWork {
    void run(Connection connection) throws SQLException;
  }

  /** The way the application sets a tenant: set_config(..., is_local) inside a transaction. */
  private void inTenantTransaction(UUID tenant, SqlWork work) throws SQLException {
    try (Connection app = appDataSource.getConnection()) {
      app.setAutoCommit(false);
      try {
        execute(app, "select set_config('app.tenant_id', ?, true)", tenant.toString());
        work.run(app);
      } finally {
        app.rollback();
        app.setAutoCommit(true);
      }
    }
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.execute();
    }
  }

  /** Rows changed; an append-only table (no UPDATE/DELETE grant at all) changes none. */
  private static int changedRows(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("savepoint attempt")) {
      ps.execute();
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      if (!e.getMessage().contains("permission denied")) {
        throw e;
      }
      try (PreparedStatement ps = c.prepareStatement("rollback to savepoint attempt")) {
        ps.execute();
      }
      return 0;
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
