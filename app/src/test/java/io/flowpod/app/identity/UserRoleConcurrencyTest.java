package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.identity.IdentityApi.Member;
import io.flowpod.app.identity.IdentityApi.Response;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Optimistic locking on PUT /api/v1/users/{id}/role: a change must name the ETag it read, so two
 * admins changing the same user cannot overwrite each other without noticing.
 */
@FlowPodIntegrationTest
class UserRoleConcurrencyTest {

  @LocalServerPort
  int port;
  @Autowired
  DataSource appDataSource;
  @Autowired
  EmbeddedRuntime runtime;

  IdentityApi api;
  Account owner;
  Member staff;

  @BeforeEach
  void setUp() {
    api = new IdentityApi(port);
    owner = api.signup();
    staff = api.join(owner.accessToken(), "STAFF", "Stan");
  }

  @Test
  void readingAUserAnswersAWeakETagOfItsVersion() {
    assertThat(api.userETag(staff.id(), owner.accessToken())).isEqualTo("W/\"0\"");
  }

  @Test
  void aChangeWithoutIfMatchIs428AndChangesNothing() {
    api.changeRole(staff.id(), "MANAGER", null, owner.accessToken())
        .expectProblem(428, "precondition-required");

    assertThat(role(staff.id())).isEqualTo("STAFF");
  }

  @Test
  void aChangeWithTheCurrentETagSucceedsAndAnswersTheNextOne() {
    String read = api.userETag(staff.id(), owner.accessToken());

    Response changed = api.changeRole(staff.id(), "MANAGER", read, owner.accessToken()).expect(200);

    assertThat(changed.text("role")).isEqualTo("MANAGER");
    assertThat(changed.headers().getETag()).isEqualTo("W/\"1\"")
        .isEqualTo(api.userETag(staff.id(), owner.accessToken()));
    assertThat(changed.body().has("version")).as("the ETag is the contract").isFalse();
  }

  @Test
  void aChangeBasedOnAStaleETagIs412AndKeepsTheOtherChange() {
    String read = api.userETag(staff.id(), owner.accessToken());
    api.changeRole(staff.id(), "MANAGER", read, owner.accessToken()).expect(200);

    api.changeRole(staff.id(), "ADMIN", read, owner.accessToken())
        .expectProblem(412, "precondition-failed");

    assertThat(role(staff.id())).isEqualTo("MANAGER");
  }

  @Test
  void twoAdminsRacingWithTheSameETagCannotBothWin() throws Exception {
    Member first = api.join(owner.accessToken(), "ADMIN", "Ada");
    Member second = api.join(owner.accessToken(), "ADMIN", "Abe");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String read = api.userETag(staff.id(), owner.accessToken());
        // Two different real changes (a change to the current role is a no-op and always succeeds).
        List<String> targets = Stream.of("STAFF", "MANAGER", "ADMIN")
            .filter(candidate -> !candidate.equals(role(staff.id()))).toList();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> await(start,
            () -> api.changeRole(staff.id(), targets.get(0), read, first.accessToken())), pool);
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> await(start,
            () -> api.changeRole(staff.id(), targets.get(1), read, second.accessToken())), pool);
        start.countDown();
        List<Response> answers = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

        List<Response> winners = answers.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).as("round %d: %s", round, answers).hasSize(1);
        Response loser = answers.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertThat(loser.status()).as("round %d loser", round).isIn(409, 412);
        loser.expectProblem(loser.status());
        assertThat(role(staff.id())).isEqualTo(winners.get(0).text("role"));
        assertThat(api.userETag(staff.id(), owner.accessToken()))
            .isEqualTo(winners.get(0).headers().getETag())
            .isEqualTo("W/\"" + (round + 1) + "\"");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The deterministic form of a lost race: another transaction changes the user after this request
   * passed its If-Match check and before it writes. The write must then change nothing (409).
   */
  @Test
  void aChangeThatLandsBetweenTheCheckAndTheWriteIs409AndIsNotOverwritten() throws Exception {
    String read = api.userETag(staff.id(), owner.accessToken());
    try (Connection other = appDataSource.getConnection()) {
      other.setAutoCommit(false);
      execute(other, "select set_config('app.tenant_id', ?, true)", owner.tenantId().toString());
      execute(other, "update users set role = 'ADMIN', version = version + 1 where id = ?",
          UUID.fromString(staff.id()));

      CompletableFuture<Response> change = CompletableFuture.supplyAsync(
          () -> api.changeRole(staff.id(), "MANAGER", read, owner.accessToken()));
      Eventually.await("the role change waiting for the other transaction's row lock",
          Duration.ofSeconds(20), this::writesWaitingForALock, waiting -> waiting > 0);
      other.commit();

      change.get(30, TimeUnit.SECONDS).expectProblem(409, "conflict");
    }
    assertThat(role(staff.id())).isEqualTo("ADMIN");
    assertThat(api.userETag(staff.id(), owner.accessToken())).isEqualTo("W/\"1\"");
  }

  private String role(String userId) {
    return api.get("/api/v1/users/" + userId, owner.accessToken()).expect(200).text("role");
  }

  private long writesWaitingForALock() {
    try (Connection su = runtime.superuserDataSource().getConnection();
        PreparedStatement ps = su.prepareStatement("""
            select count(*) from pg_stat_activity
            where wait_event_type = 'Lock' and query like 'update users set role%'""");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response await(CountDownLatch start, Supplier<Response> call) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return call.get();
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.execute();
    }
  }
}
