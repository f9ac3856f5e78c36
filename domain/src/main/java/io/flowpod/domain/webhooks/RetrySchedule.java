package io.flowpod.domain.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a failed delivery is tried again: the n-th failure waits the n-th delay of
 * {@code flowpod.webhooks.retry-delays} (the last one repeats), until {@code retry-window} after the
 * event; a retry that would fall after that ends the delivery as FAILED.
 */
@Component
class RetrySchedule {

  private final List<Duration> delays;
  private final Duration window;

  RetrySchedule(
      @Value("${flowpod.webhooks.retry-delays:30s,2m,10m,30m,1h,2h,4h,8h}") String delays,
      @Value("${flowpod.webhooks.retry-window:P1D}") Duration window) {
    this.delays = Arrays.stream(delays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(RetrySchedule::parse).toList();
    if (this.delays.isEmpty()) {
      throw new IllegalStateException("flowpod.webhooks.retry-delays must list at least one delay");
    }
    this.window = window;
  }

  Duration window() {
    return window;
  }

  /** The next attempt after the {@code failures}-th failure in a row, if before {@code giveUpAt}. */
  Optional<Instant> nextAttempt(int failures, Instant now, Instant giveUpAt) {
    Duration delay = delays.get(Math.min(Math.max(failures, 1), delays.size()) - 1);
    Instant next = now.plus(delay);
    return next.isAfter(giveUpAt) ? Optional.empty() : Optional.of(next);
  }

  /** ISO-8601 ("PT30S") or a number with s, m, h or d ("30s"). */
  static Duration parse(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    }
    long amount = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofDays(amount);
      default -> throw new IllegalStateException("Not a duration: " + text);
    };
  }
}
