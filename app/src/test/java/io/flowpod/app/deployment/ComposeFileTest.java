package io.flowpod.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started on these machines (no Docker engine), so it is checked as a
 * document: the services of the cluster stack, pinned images, published ports, health checks, start
 * order, and the wiring FlowPod reads in cluster mode, taken from application*.yml so that a new
 * FLOWPOD_* variable without a value in the compose file fails here.
 */
class ComposeFileTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(FLOWPOD_[A-Z0-9_]+)");
  private static final Pattern PINNED_TAG = Pattern.compile("v?\\d+\\.\\d+\\.\\d+[\\w.-]*");
  /** PostgreSQL's exact versions have two parts (16.10); every other image here uses three. */
  private static final Pattern PINNED_POSTGRES_TAG = Pattern.compile("\\d+\\.\\d+[\\w.-]*");

  private static Path root;
  private static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readComposeFile() throws IOException {
    root = RepositoryRoot.find();
    Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
    services = (Map<String, Map<String, Object>>) compose.get("services");
  }

  @Test
  void startsTheWholeClusterStackAndFlowPod() {
    assertThat(services).containsKeys(
        "orchestration", "elasticsearch", "connectors", "postgres", "redis", "mailpit", "flowpod");
    assertThat(image("orchestration")).startsWith("camunda/camunda:8.8.");
    assertThat(image("connectors")).startsWith("camunda/connectors-bundle:8.8.");
    assertThat(image("elasticsearch")).startsWith("docker.elastic.co/elasticsearch/elasticsearch:8.");
    assertThat(image("postgres")).startsWith("postgres:16.");
    assertThat(image("redis")).startsWith("redis:7.");
    assertThat(services.get("flowpod")).containsEntry("build", ".");
  }

  @Test
  void everyImageIsPinnedToAnExactVersion() {
    services.forEach((name, service) -> {
      String image = (String) service.get("image");
      assertThat(image).as("image of %s", name).isNotNull();
      String tag = image.substring(image.lastIndexOf(':') + 1);
      assertThat(image.lastIndexOf(':')).as("tag of %s", name).isGreaterThan(image.lastIndexOf('/'));
      assertThat(tag).as("tag of %s", name).isNotEqualTo("latest")
          .matches(image.startsWith("postgres:") ? PINNED_POSTGRES_TAG : PINNED_TAG);
    });
  }

  @Test
  void publishesEachServicePortOnLoopback() {
    Map<String, Set<String>> expected = Map.of(
        "flowpod", Set.of("8080"),
        "orchestration", Set.of("26500", "8080", "9600"),
        "connectors", Set.of("8080"),
        "elasticsearch", Set.of("9200"),
        "postgres", Set.of("5432"),
        "redis", Set.of("6379"),
        "mailpit", Set.of("1025", "8025"));
    expected.forEach((name, containerPorts) -> {
      List<String> ports = list(services.get(name).get("ports"));
      assertThat(ports).as("ports of %s", name).allMatch(p -> p.startsWith("127.0.0.1:"));
      assertThat(ports.stream().map(p -> p.substring(p.lastIndexOf(':') + 1)))
          .as("container ports of %s", name)
          .containsExactlyInAnyOrderElementsOf(containerPorts);
    });
    assertThat(list(services.get("flowpod").get("ports"))).contains("127.0.0.1:8080:8080");
  }

  @Test
  void everyServiceHasAHealthCheck() {
    services.forEach((name, service) -> {
      Map<String, Object> healthcheck = map(service.get("healthcheck"));
      assertThat(healthcheck).as("healthcheck of %s", name).isNotNull();
      assertThat(list(healthcheck.get("test"))).as("healthcheck test of %s", name).hasSizeGreaterThan(1);
    });
    assertThat(String.join(" ", list(map(services.get("flowpod").get("healthcheck")).get("test"))))
        .contains("/actuator/health/readiness");
  }

  @Test
  void servicesStartOnlyWhenWhatTheyNeedIsHealthy() {
    assertThat(dependencies("flowpod")).containsOnlyKeys("postgres", "redis", "mailpit", "orchestration");
    assertThat(dependencies("orchestration")).containsOnlyKeys("elasticsearch");
    assertThat(dependencies("connectors")).containsOnlyKeys("orchestration");
    services.keySet().forEach(name -> dependencies(name).forEach((dependency, condition) ->
        assertThat(map(condition)).as("%s -> %s", name, dependency)
            .containsEntry("condition", "service_healthy")));
  }

  @Test
  void flowPodRunsInClusterModeWithEveryVariableItReadsSet() throws IOException {
    Map<String, Object> env = environment("flowpod");
    Set<String> read = clusterModeVariables();

    assertThat(read).as("FLOWPOD_* placeholders in application*.yml").contains(
        "FLOWPOD_MODE", "FLOWPOD_DB_URL", "FLOWPOD_REDIS_URL", "FLOWPOD_CAMUNDA_GRPC_ADDRESS",
        "FLOWPOD_CAMUNDA_CLIENT_ID");
    // FLOWPOD_<NAME>_FILE counts as set: the image's entry point reads the file into FLOWPOD_<NAME>.
    List<String> missing = read.stream()
        .filter(name -> !env.containsKey(name) && !env.containsKey(name + "_FILE"))
        .toList();
    assertThat(missing).as("FLOWPOD_* variables FlowPod reads but the flowpod service does not set").isEmpty();
    assertThat(env).containsEntry("FLOWPOD_MODE", "cluster")
        .containsEntry("FLOWPOD_DB_URL", "jdbc:postgresql://postgres:5432/flowpod")
        .containsEntry("FLOWPOD_REDIS_URL", "redis://redis:6379")
        .containsEntry("FLOWPOD_MAIL_HOST", "mailpit")
        .containsEntry("FLOWPOD_MAIL_PORT", "1025")
        .containsEntry("FLOWPOD_CAMUNDA_GRPC_ADDRESS", "http://orchestration:26500")
        .containsEntry("FLOWPOD_CAMUNDA_REST_ADDRESS", "http://orchestration:8080")
        .containsEntry("FLOWPOD_CAMUNDA_AUTH_METHOD", "basic");
  }

  @Test
  void secretFilesLiveInTheVolumeWhereTheEntryPointGeneratesThem() {
    Map<String, Object> env = environment("flowpod");
    String dir = (String) env.get("FLOWPOD_GENERATE_SECRETS_DIR");

    assertThat(list(services.get("flowpod").get("volumes"))).contains("flowpod-secrets:" + dir);
    assertThat(env).containsEntry("FLOWPOD_JWT_PRIVATE_KEY_FILE", dir + "/jwt-private-key.pem")
        .containsEntry("FLOWPOD_LINK_SECRET_FILE", dir + "/link-secret")
        .containsEntry("FLOWPOD_SECRETS_KEY_FILE", dir + "/secrets-key");
  }

  @Test
  void flowPodUsesTheCredentialsTheOtherServicesWereGiven() {
    Map<String, Object> flowpod = environment("flowpod");
    Map<String, Object> postgres = environment("postgres");
    Map<String, Object> orchestration = environment("orchestration");

    assertThat(flowpod.get("FLOWPOD_DB_PASSWORD")).isEqualTo(postgres.get("FLOWPOD_DB_PASSWORD"));
    assertThat(flowpod.get("FLOWPOD_DB_OWNER_PASSWORD")).isEqualTo(postgres.get("FLOWPOD_DB_OWNER_PASSWORD"));
    String camundaUser = (String) flowpod.get("FLOWPOD_CAMUNDA_USERNAME");
    String userKey = orchestration.entrySet().stream()
        .filter(e -> e.getKey().matches("CAMUNDA_SECURITY_INITIALIZATION_USERS_\\d+_USERNAME"))
        .filter(e -> camundaUser.equals(e.getValue()))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    assertThat(flowpod.get("FLOWPOD_CAMUNDA_PASSWORD"))
        .isEqualTo(orchestration.get(userKey.replace("_USERNAME", "_PASSWORD")));
    assertThat(orchestration).containsValue(camundaUser);
    assertThat(orchestration.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith("CAMUNDA_SECURITY_INITIALIZATION_DEFAULTROLES_ADMIN_USERS_");
      assertThat(e.getValue()).isEqualTo(camundaUser);
    });
  }

  @Test
  void postgresInitScriptCreatesTheDatabaseAndBothRoles() throws IOException {
    assertThat(list(services.get("postgres").get("volumes")))
        .contains("./deploy/postgres:/docker-entrypoint-initdb.d:ro");
    Path script = root.resolve("deploy/postgres/01-flowpod-database.sh");
    assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
    String sql = Files.readString(script).toLowerCase();
    Map<String, Object> flowpod = environment("flowpod");

    assertThat(flowpod).containsEntry("FLOWPOD_DB_OWNER_USER", "flowpod_owner")
        .containsEntry("FLOWPOD_DB_USER", "flowpod_app");
    assertThat(sql).contains("create role flowpod_owner login")
        .containsPattern("create role flowpod_app login[^;]*nobypassrls")
        .contains("create database flowpod owner flowpod_owner")
        .doesNotContain("owner flowpod_app")
        .containsPattern("create role flowpod_app[^;]*nosuperuser")
        .doesNotContainPattern("flowpod_app[^;]*(?<!no)bypassrls")
        .contains("set -eu");
  }

  /** FLOWPOD_* variables named in application.yml and application-cluster.yml, less the embedded-only ones. */
  private static Set<String> clusterModeVariables() throws IOException {
    Set<String> names = new TreeSet<>();
    Path resources = root.resolve("app/src/main/resources");
    try (Stream<Path> files = Files.list(resources)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("application(-cluster)?\\.ya?ml"))
          .toList()) {
        Matcher m = PLACEHOLDER.matcher(Files.readString(file));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    names.removeIf(name -> name.startsWith("FLOWPOD_EMBEDDED_"));
    return names;
  }

  private static String image(String service) {
    return (String) services.get(service).get("image");
  }

  private static Map<String, Object> environment(String service) {
    return map(services.get(service).get("environment"));
  }

  private static Map<String, Object> dependencies(String service) {
    Map<String, Object> dependsOn = map(services.get(service).get("depends_on"));
    return dependsOn == null ? Map.of() : dependsOn;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object yaml) {
    return (Map<String, Object>) yaml;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object yaml) {
    return yaml == null ? List.of() : ((List<Object>) yaml).stream().map(String::valueOf).toList();
  }
}
