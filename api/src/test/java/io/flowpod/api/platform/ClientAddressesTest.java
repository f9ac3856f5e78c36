package io.flowpod.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

  @Test
  void theRemoteAddressCountsUnlessForwardedForIsTrusted() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.0.0.5");
    request.addHeader("X-Forwarded-For", "203.0.113.9, 198.51.100.7");
    assertThat(new ClientAddresses(false).of(request)).isEqualTo("10.0.0.5");
    // The last hop is what the trusted proxy saw; earlier entries are the client's own claims.
    assertThat(new ClientAddresses(true).of(request)).isEqualTo("198.51.100.7");
  }

  @Test
  void aMissingOrEmptyHeaderFallsBackToTheRemoteAddress() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.0.0.6");
    ClientAddresses trusting = new ClientAddresses(true);
    assertThat(trusting.of(request)).isEqualTo("10.0.0.6");
    request.addHeader("X-Forwarded-For", " , ");
    assertThat(trusting.of(request)).isEqualTo("10.0.0.6");
  }
}
