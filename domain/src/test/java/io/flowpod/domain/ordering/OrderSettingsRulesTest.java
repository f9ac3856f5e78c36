package io.flowpod.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderSettingsRulesTest {

  @Test
  void theDefaultsAreValid() {
    assertThat(OrderSettingsStore.violations(OrderSettings.DEFAULTS)).isEmpty();
  }

  @Test
  void everyDurationIsChecked() {
    assertThat(OrderSettingsStore.violations(new OrderSettings(Duration.ofSeconds(5),
        Duration.ofDays(31), null, Duration.ofDays(181))))
        .containsOnlyKeys("paymentReminderAfter", "paymentTimeout", "fulfilmentNoticeAfter",
            "autoDeliverAfter");
  }

  @Test
  void theReminderComesBeforeTheTimeout() {
    assertThat(OrderSettingsStore.violations(new OrderSettings(Duration.ofHours(3),
        Duration.ofHours(3), Duration.ofDays(1), Duration.ofDays(1))))
        .containsOnlyKeys("paymentReminderAfter");
  }
}
