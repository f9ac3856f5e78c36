package io.flowpod.app.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.LoopbackClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Request ids, structured logs without secrets, and the rejection counter. */
@FlowPodIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;

  @Test
  void aLoginNeverPutsThePasswordIntoTheLogs(CapturedOutput output) {
    String password = "canary-" + UUID.randomUUID();
    for (String body : new String[] {
        "{\"email\": \"owner@demo.flowpod.local\", \"password\": \"" + password + "\"}",
        "{\"email\": \"owner@demo.flowpod.local\", \"password\": \"" + password + "\", \"x\": 1}",
        "{\"email\": \"owner@demo.flowpod.local\", \"password\": \"" + password + "\""}) {
      HttpResponse<String> response = LoopbackClients.send(LoopbackClients.fresh(),
          LoopbackClients.request(port, "/api/v1/auth/login")
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
      assertThat(response.statusCode()).isBetween(400, 499);
      assertThat(response.body()).doesNotContain(password);
    }
    assertThat(output.getAll()).doesNotContain(password);
  }

  @Test
  void rejectionsAreStructuredLogLinesWithTheRequestIdAndCounted(
      CapturedOutput output) {
    String requestId = "obs-" + UUID.randomUUID();
    HttpResponse<String> response = LoopbackClients.send(LoopbackClients.fresh(),
        LoopbackClients.request(port, "/api/v1/auth/login")
            .header("Content-Type", "application/json")
            .header("X-Request-Id", requestId)
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + "x".repeat(1_100_000)
                + "\"}"))
            .build());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
    assertThat(response.body()).contains("\"requestId\":\"" + requestId + "\"");

    String logLine = output.getAll().lines()
        .filter(line -> line.contains("Rejected request " + requestId))
        .findFirst().orElseThrow();
    assertThat(logLine).startsWith("{").contains("\"requestId\":\"" + requestId + "\"")
        .contains("payload-too-large").doesNotContain("xxxx");

    // Test contexts get a simple registry instead of Prometheus; the counter is the same.
    assertThat(meters.get("flowpod.api.rejections").tag("type", "payload-too-large")
        .tag("status", "413").counter().count()).isGreaterThanOrEqualTo(1);
  }
}
