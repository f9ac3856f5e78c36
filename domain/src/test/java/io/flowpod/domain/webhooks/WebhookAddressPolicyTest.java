package io.flowpod.domain.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF rule on literal addresses (no DNS needed) and the retry schedule. */
class WebhookAddressPolicyTest {

  private final WebhookAddressPolicy policy = new WebhookAddressPolicy(List.of("127.0.0.1:9999"));

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255",
      "192.168.1.10", "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3",
      "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.8",
      "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1", "::ffff:127.0.0.1",
      "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:c0a8:0101::1"})
  void nonPublicAddressesAreRefused(String literal) throws Exception {
    assertThat(WebhookAddressPolicy.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1",
      "2606:4700::1111", "64:ff9b::808:808", "2002:0808:0808::1"})
  void publicAddressesAreAllowed(String literal) throws Exception {
    assertThat(WebhookAddressPolicy.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
  }

  @Test
  void urlsAreCheckedForSchemeHostAndAddress() {
    assertThat(policy.problem("http://127.0.0.1:9999/hook")).as("the exempt origin").isEmpty();
    assertThat(policy.problem("https://8.8.8.8/hook")).isEmpty();
    assertThat(policy.problem("http://127.0.0.1:9998/hook")).get().asString()
        .contains("private, loopback");
    assertThat(policy.problem("http://127.0.0.1/hook")).isPresent();
    assertThat(policy.problem("http://[::1]:9999/hook")).isPresent();
    assertThat(policy.problem("ftp://8.8.8.8/x")).get().asString().contains("http or https");
    assertThat(policy.problem("http://user:pw@8.8.8.8/x")).get().asString().contains("user name");
    assertThat(policy.problem("http:///x")).isPresent();
    assertThat(policy.problem("not a url")).get().asString().contains("valid URL");
  }

  @Test
  void theScheduleGrowsRepeatsItsLastDelayAndStopsAtTheWindow() {
    RetrySchedule schedule = new RetrySchedule("30s, 2m, PT10M", Duration.ofDays(1));
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Instant end = now.plus(Duration.ofHours(1));
    assertThat(schedule.nextAttempt(1, now, end)).contains(now.plusSeconds(30));
    assertThat(schedule.nextAttempt(2, now, end)).contains(now.plusSeconds(120));
    assertThat(schedule.nextAttempt(3, now, end)).contains(now.plusSeconds(600));
    assertThat(schedule.nextAttempt(9, now, end)).contains(now.plusSeconds(600));
    assertThat(schedule.nextAttempt(3, end.minusSeconds(60), end)).isEmpty();
  }
}
