package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's order policy, {@link OrderSettings#DEFAULTS} until it changes it. Changes
 * apply to deadlines computed from then on: an order keeps the deadlines it already has.
 */
@org.springframework.stereotype.Service
public class OrderSettingsStore {

  static final Duration MIN_REMINDER = Duration.ofMinutes(1);
  static final Duration MAX_PAYMENT = Duration.ofDays(30);
  static final Duration MIN_STEP = Duration.ofMinutes(1);
  static final Duration MAX_FULFILMENT = Duration.ofDays(90);
  static final Duration MAX_AUTO_DELIVER = Duration.ofDays(180);

  private final JdbcClient jdbc;
  private final Clock clock;

  OrderSettingsStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public OrderSettings current() {
    return jdbc.sql("""
            select extract(epoch from payment_reminder_after)::bigint,
              extract(epoch from payment_timeout)::bigint,
              extract(epoch from fulfilment_notice_after)::bigint,
              extract(epoch from auto_deliver_after)::bigint
            from order_settings""")
        .query((rs, n) -> new OrderSettings(Duration.ofSeconds(rs.getLong(1)),
            Duration.ofSeconds(rs.getLong(2)), Duration.ofSeconds(rs.getLong(3)),
            Duration.ofSeconds(rs.getLong(4))))
        .optional().orElse(OrderSettings.DEFAULTS);
  }

  /**
   * Replaces the policy.
   *
   * @throws OrderException INVALID naming each duration out of its range
   */
  @Transactional
  public OrderSettings update(OrderSettings settings) {
    Map<String, String> violations = violations(settings);
    if (!violations.isEmpty()) {
      throw OrderException.invalid(violations);
    }
    jdbc.sql("""
            insert into order_settings (tenant_id, payment_reminder_after, payment_timeout,
              fulfilment_notice_after, auto_deliver_after, updated_at)
            values (?, ?::interval, ?::interval, ?::interval, ?::interval, ?)
            on conflict (tenant_id) do update set
              payment_reminder_after = excluded.payment_reminder_after,
              payment_timeout = excluded.payment_timeout,
              fulfilment_notice_after = excluded.fulfilment_notice_after,
              auto_deliver_after = excluded.auto_deliver_after,
              updated_at = excluded.updated_at""")
        .params(TenantContext.require(), seconds(settings.paymentReminderAfter()),
            seconds(settings.paymentTimeout()), seconds(settings.fulfilmentNoticeAfter()),
            seconds(settings.autoDeliverAfter()), Timestamp.from(Instant.now(clock)))
        .update();
    return current();
  }

  /** Every out-of-range duration; the reminder must come before the payment timeout. */
  static Map<String, String> violations(OrderSettings settings) {
    Map<String, String> violations = new LinkedHashMap<>();
    range(settings.paymentTimeout(), MIN_REMINDER.plus(MIN_STEP), MAX_PAYMENT, "paymentTimeout",
        violations);
    range(settings.paymentReminderAfter(), MIN_REMINDER, MAX_PAYMENT, "paymentReminderAfter",
        violations);
    if (!violations.containsKey("paymentReminderAfter") && !violations.containsKey("paymentTimeout")
        && settings.paymentReminderAfter().compareTo(settings.paymentTimeout()) >= 0) {
      violations.put("paymentReminderAfter", "must be shorter than paymentTimeout");
    }
    range(settings.fulfilmentNoticeAfter(), MIN_STEP, MAX_FULFILMENT, "fulfilmentNoticeAfter",
        violations);
    range(settings.autoDeliverAfter(), MIN_STEP, MAX_AUTO_DELIVER, "autoDeliverAfter", violations);
    return violations;
  }

  private static void range(Duration value, Duration min, Duration max, String field,
      Map<String, String> violations) {
    if (value == null) {
      violations.put(field, "is required (ISO-8601 duration such as PT24H)");
    } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      violations.put(field, "must be between " + min + " and " + max);
    }
  }

  // Whole seconds as a Postgres interval literal: unambiguous, unlike month-based ISO forms.
  private static String seconds(Duration duration) {
    return duration.toSeconds() + " seconds";
  }
}
