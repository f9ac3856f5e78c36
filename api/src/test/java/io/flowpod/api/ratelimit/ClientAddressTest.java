package io.flowpod.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

  @Test
  void theRemoteAddressCountsUnlessForwardedForIsTrusted() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.0.0.5");
    request.addHeader("X-Forwarded-For", "203.0.113.9, 198.51.100.7");
    assertThat(ClientAddress.of(request, false)).isEqualTo("10.0.0.5");
    // The last hop is what the trusted proxy saw; earlier entries are the client's own claims.
    assertThat(ClientAddress.of(request, true)).isEqualTo("198.51.100.7");
  }

  @Test
  void aMissingOrEmptyHeaderFallsBackToTheRemoteAddress() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.0.0.6");
    assertThat(ClientAddress.of(request, true)).isEqualTo("10.0.0.6");
    request.addHeader("X-Forwarded-For", " , ");
    assertThat(ClientAddress.of(request, true)).isEqualTo("10.0.0.6");
  }
}
