package io.flowpod.app.benchmark;

import io.flowpod.app.FlowPodApplication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Phase (b): the whole application in embedded mode on free loopback ports with a fresh data
 * directory, driven with flow checks of zero delay. One operation is a request, then polling until
 * the check reads COMPLETED. Its latency runs from the moment the client sent the request to the
 * completion time the worker recorded (same machine, same clock), so the polling interval does not
 * blur it; polling only paces each client.
 */
final class FlowPodThroughput {

  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(1);

  /** Phase (b) and, in the same running app, the order phases (c) and (d). */
  record Outcome(PhaseResult result, String path, Duration startup, int rateLimited,
      List<PhaseResult> orderPhases) {}

  private FlowPodThroughput() {}

  static Outcome measure(BenchmarkSettings settings) throws Exception {
    Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "benchmark-data-");
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--server.address=127.0.0.1",
        "--flowpod.embedded.zeebe-port=0",
        "--flowpod.embedded.data-dir=" + dataDir.toAbsolutePath(),
        "--logging.level.root=WARN",
        // The benchmark measures the pipeline, not the API's per-tenant limit (100 requests/min).
        "--flowpod.ratelimit.enabled=false"));
    args.addAll(settings.appArgs());

    long begin = System.nanoTime();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(FlowPodApplication.class).run(args.toArray(String[]::new))) {
      Duration startup = Duration.ofNanos(System.nanoTime() - begin);
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      URI base = URI.create("http://127.0.0.1:" + port);

      RestFlowCheckDriver rest = RestFlowCheckDriver.signUp(base).orElse(null);
      FlowCheckDriver driver = rest != null ? rest : new DomainFlowCheckDriver(app);
      PhaseResult result = ClosedLoopLoad.run("(b) FlowPod flow check", settings.flowpodWarmup(),
          settings.flowpodChecks(), settings.concurrency(), settings.phaseTimeLimit(),
          () -> endToEnd(driver, settings.pollInterval()));
      return new Outcome(result, driver.path(), startup, rest == null ? 0 : rest.rateLimitedResponses(),
          orderPhases(base, settings));
    }
  }

  /**
   * (c) orders through the REST API until the flow has requested payment (stock reserved, approval
   * decided, payment requested), polled like (b); (d) storefront catalog pages with many clients.
   */
  private static List<PhaseResult> orderPhases(URI base, BenchmarkSettings settings) throws Exception {
    OrderDriver orders = OrderDriver.stockedWorkspace(base, 5);
    PhaseResult placed = ClosedLoopLoad.run("(c) order to awaiting payment", settings.orders() / 10,
        settings.orders(), settings.concurrency(), settings.phaseTimeLimit(),
        () -> orders.placeOrderUntilAwaitingPayment(settings.pollInterval()));
    PhaseResult catalog = ClosedLoopLoad.run("(d) storefront catalog page",
        settings.catalogRequests() / 10, settings.catalogRequests(), settings.catalogClients(),
        settings.phaseTimeLimit(), orders::listCatalog);
    return List.of(placed, catalog);
  }

  /**
   * Request, then poll with a doubling interval (capped) so that 64 pollers do not compete with the
   * pipeline they measure; the latency comes from the recorded completion time, not from the poll.
   */
  private static long endToEnd(FlowCheckDriver driver, Duration firstPoll) throws Exception {
    Instant sent = Instant.now();
    UUID id = driver.request();
    long deadline = System.nanoTime() + CHECK_TIMEOUT.toNanos();
    Duration wait = firstPoll;
    Optional<Instant> completed;
    while ((completed = driver.completedAt(id)).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("flow check " + id + " not completed within " + CHECK_TIMEOUT);
      }
      Thread.sleep(wait);
      wait = wait.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : wait.multipliedBy(2);
    }
    return Duration.between(sent, completed.get()).toNanos();
  }
}
