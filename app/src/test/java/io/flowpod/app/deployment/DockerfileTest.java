package io.flowpod.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image docker-compose.yml builds: checked as a document, as no Docker engine runs here. */
class DockerfileTest {

  @Test
  void buildsWithMavenAndRunsOnAJreAsANonRootUserWithAReadinessHealthCheck() throws IOException {
    List<String> lines = Files.readAllLines(RepositoryRoot.find().resolve("Dockerfile")).stream()
        .map(String::strip).filter(l -> !l.startsWith("#") && !l.isEmpty()).toList();

    List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(stages).hasSize(2);
    assertThat(stages.get(0)).matches("FROM maven:3\\.9\\.\\d+-eclipse-temurin-21\\S* AS build");
    assertThat(stages.get(1)).matches("FROM eclipse-temurin:21\\.\\d+\\.\\d+\\S*-jre\\S*");
    assertThat(lines).contains("USER flowpod", "EXPOSE 8080");
    assertThat(lines).anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("app/target/flowpod.jar"));
    assertThat(lines).contains("ENTRYPOINT [\"/opt/flowpod/bin/entrypoint.sh\"]");
    assertThat(Files.readString(RepositoryRoot.find().resolve("deploy/flowpod/entrypoint.sh")))
        .contains("exec java $JAVA_OPTS -jar /opt/flowpod/flowpod.jar");
    assertThat(String.join("\n", lines))
        .contains("JAVA_OPTS=\"-Xmx")
        .containsPattern("HEALTHCHECK[^\\n]*\\n?\\s*CMD curl -fsS http://127\\.0\\.0\\.1:8080/actuator/health/readiness");
  }
}
