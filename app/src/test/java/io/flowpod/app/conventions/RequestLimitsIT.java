package io.flowpod.app.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.LoopbackClients;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bodies over 1 MB are refused with 413 before authentication, declared length or not. */
@FlowPodIntegrationTest
class RequestLimitsIT {

  private static final int TOO_LARGE = 1_500_000;

  @LocalServerPort int port;

  @Test
  void aDeclaredLargeBodyIs413() {
    byte[] body = jsonOfSize(TOO_LARGE);
    HttpResponse<String> response = LoopbackClients.send(LoopbackClients.fresh(),
        LoopbackClients.request(port, "/api/v1/auth/login")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
    assertPayloadTooLarge(response);
  }

  @Test
  void aChunkedLargeBodyIs413() {
    byte[] body = jsonOfSize(TOO_LARGE);
    HttpResponse<String> response = LoopbackClients.send(LoopbackClients.fresh(),
        LoopbackClients.request(port, "/api/v1/auth/login")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
    assertPayloadTooLarge(response);
  }

  private static void assertPayloadTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"type\":\"https://flowpod.io/problems/payload-too-large\"");
  }

  private static byte[] jsonOfSize(int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'x');
    byte[] start = "{\"email\": \"".getBytes();
    System.arraycopy(start, 0, body, 0, start.length);
    body[size - 2] = '"';
    body[size - 1] = '}';
    return body;
  }
}
