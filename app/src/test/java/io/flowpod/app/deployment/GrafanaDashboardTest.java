package io.flowpod.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/**
 * docs/grafana/flowpod-flows.json is checked as a document (no Grafana runs here): every metric it
 * queries is one FlowPod, the Camunda client or the Zeebe brokers publish under that name, so the
 * dashboard cannot silently drift from the metrics contract; and docs/operations.md names them all.
 */
class GrafanaDashboardTest {

  /** The contract's Micrometer meters (issue 5 contracts: the embedded projection publishes them). */
  private static final List<String> CONTRACT_METERS = List.of(
      "flowpod.process.instances.started", "flowpod.process.instances.completed",
      "flowpod.process.instances.canceled", "flowpod.process.incidents.raised",
      "flowpod.process.incidents.open", "flowpod.jobs.latency");

  /** The Prometheus series of those meters. */
  private static final Set<String> CONTRACT_SERIES = Set.of(
      "flowpod_process_instances_started_total", "flowpod_process_instances_completed_total",
      "flowpod_process_instances_canceled_total", "flowpod_process_incidents_raised_total",
      "flowpod_process_incidents_open", "flowpod_jobs_latency_seconds_count",
      "flowpod_jobs_latency_seconds_sum", "flowpod_jobs_latency_seconds_max",
      "flowpod_jobs_latency_seconds_bucket");

  /** The Zeebe broker metrics of Camunda 8.8's "Metrics" page the cluster row uses. */
  private static final Set<String> ZEEBE_SERIES = Set.of(
      "zeebe_element_instance_events_total", "zeebe_job_events_total", "zeebe_incident_events_total",
      "zeebe_pending_incidents_total", "zeebe_health", "zeebe_dropped_request_count_total",
      "zeebe_backpressure_requests_limit", "zeebe_stream_processor_latency_bucket",
      "zeebe_job_life_time_seconds_bucket");

  private static final Pattern SERIES = Pattern.compile("\\b((?:flowpod|camunda|zeebe)_[a-z0-9_]+)");

  private static Path root;
  private static JsonNode dashboard;

  @BeforeAll
  static void readDashboard() throws IOException {
    root = RepositoryRoot.find();
    dashboard = new ObjectMapper().readTree(root.resolve("docs/grafana/flowpod-flows.json").toFile());
  }

  @Test
  void theContractsMetersAreExposedUnderTheSeriesNamesTheDashboardUses() {
    // Register the contract's meters like the projection does and read the names Prometheus gets.
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    for (String counter : CONTRACT_METERS.subList(0, 4)) {
      Counter.builder(counter).tag("process", "order-lifecycle").register(registry).increment();
    }
    Gauge.builder("flowpod.process.incidents.open", () -> 1).register(registry);
    Timer.builder("flowpod.jobs.latency").tag("type", "orders.reserve-stock").publishPercentileHistogram()
        .register(registry).record(Duration.ofMillis(40));

    Set<String> exposed = new TreeSet<>();
    registry.scrape().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
        .forEach(line -> exposed.add(line.split("[{ ]", 2)[0]));
    assertThat(exposed).isEqualTo(CONTRACT_SERIES);
  }

  @Test
  void theJobLatencyTimerPublishesTheHistogramThePercentilePanelsNeed() throws IOException {
    var yaml = new YamlPropertySourceLoader().load("application.yml",
        new FileSystemResource(root.resolve("app/src/main/resources/application.yml")));
    Map<String, Boolean> histograms = new Binder(ConfigurationPropertySources.from(yaml))
        .bind("management.metrics.distribution.percentiles-histogram", Bindable.mapOf(String.class, Boolean.class))
        .get();

    assertThat(histograms).containsEntry("flowpod.jobs.latency", true);
    assertThat(seriesUsed("flowpod_")).contains("flowpod_jobs_latency_seconds_bucket");
  }

  @Test
  void everyFlowPodSeriesItQueriesIsInTheContractAndTheContractIsCovered() {
    Set<String> flowpod = seriesUsed("flowpod_");

    assertThat(CONTRACT_SERIES).as("series in the contract").containsAll(flowpod);
    assertThat(flowpod).as("every contract series has a panel").containsAll(CONTRACT_SERIES);
  }

  @Test
  void everyCamundaClientAndZeebeSeriesItQueriesIsOneTheyPublish() {
    String jobInvocations = MetricsRecorder.METRIC_NAME_JOB.replace('.', '_') + "_total";
    assertThat(seriesUsed("camunda_")).containsExactly(jobInvocations);
    assertThat(ZEEBE_SERIES).containsAll(seriesUsed("zeebe_"));
    assertThat(seriesUsed("zeebe_")).contains("zeebe_element_instance_events_total", "zeebe_pending_incidents_total");
  }

  @Test
  void everyPanelQueriesTheChosenPrometheusDataSource() {
    JsonNode datasource = variable("datasource");
    assertThat(datasource.path("type").asText()).isEqualTo("datasource");
    assertThat(datasource.path("query").asText()).isEqualTo("prometheus");

    Set<Integer> ids = new TreeSet<>();
    for (JsonNode panel : panels()) {
      assertThat(ids.add(panel.path("id").asInt())).as("unique panel id %s", panel.path("id")).isTrue();
      JsonNode grid = panel.path("gridPos");
      assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(panel.path("title").asText()).isLessThanOrEqualTo(24);
      if (!"row".equals(panel.path("type").asText())) {
        assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
        assertThat(panel.path("targets")).isNotEmpty()
            .allSatisfy(target -> assertThat(target.path("expr").asText()).isNotBlank());
      }
    }
  }

  @Test
  void theOperationsGuideNamesEveryMetricTheDashboardUses() throws IOException {
    String guide = Files.readString(root.resolve("docs/operations.md"));

    for (String series : seriesUsed("")) {
      assertThat(guide).as("docs/operations.md mentions %s", series).contains(series);
    }
    assertThat(guide).contains("docs/grafana/flowpod-flows.json");
  }

  private static JsonNode variable(String name) {
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if (name.equals(variable.path("name").asText())) {
        return variable;
      }
    }
    throw new AssertionError("no dashboard variable " + name);
  }

  private static List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      panels.add(panel);
      panel.path("panels").forEach(panels::add); // collapsed rows hold their panels
    }
    return panels;
  }

  /** The series names in every query and variable query of the dashboard that start with prefix. */
  private static Set<String> seriesUsed(String prefix) {
    StringBuilder queries = new StringBuilder();
    for (JsonNode panel : panels()) {
      panel.path("targets").forEach(target -> queries.append(target.path("expr").asText()).append('\n'));
    }
    dashboard.path("templating").path("list")
        .forEach(variable -> queries.append(variable.path("definition").asText()).append('\n'));
    Set<String> series = seriesIn(queries.toString());
    series.removeIf(name -> !name.startsWith(prefix));
    return series;
  }

  private static Set<String> seriesIn(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = SERIES.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
