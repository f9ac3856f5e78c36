package io.flowpod.domain.ordering;

import java.time.Duration;

/** The workspace's order policy: when to remind, give up on payment, warn of delay, auto-deliver. */
public record OrderSettings(Duration paymentReminderAfter, Duration paymentTimeout,
    Duration fulfilmentNoticeAfter, Duration autoDeliverAfter) {

  public static final OrderSettings DEFAULTS = new OrderSettings(Duration.ofHours(24),
      Duration.ofHours(72), Duration.ofDays(2), Duration.ofDays(14));
}
