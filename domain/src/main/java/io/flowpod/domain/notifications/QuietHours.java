package io.flowpod.domain.notifications;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's quiet hours (local times in its time zone, e.g. 21:00 to 08:00, crossing
 * midnight allowed). Marketing messages prepared inside them are scheduled for their end.
 */
@Service
public class QuietHours {

  /** From {@code start} (inclusive) to {@code end} (exclusive), local time. */
  public record Window(LocalTime start, LocalTime end) {
    public Window {
      if (start == null || end == null || start.equals(end)) {
        throw new IllegalArgumentException("quiet hours need a start and a different end");
      }
    }

    boolean contains(LocalTime time) {
      return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
          : !time.isBefore(start) || time.isBefore(end);
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  QuietHours(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<Window> find() {
    return jdbc.sql("select starts_at, ends_at from quiet_hours")
        .query((rs, n) -> new Window(rs.getTime(1).toLocalTime(), rs.getTime(2).toLocalTime()))
        .optional();
  }

  @Transactional
  public void set(Window window) {
    jdbc.sql("""
            insert into quiet_hours (tenant_id, starts_at, ends_at, updated_at) values (?, ?, ?, ?)
            on conflict (tenant_id) do update set starts_at = excluded.starts_at,
              ends_at = excluded.ends_at, updated_at = excluded.updated_at""")
        .params(TenantContext.require(), Time.valueOf(window.start()), Time.valueOf(window.end()),
            Timestamp.from(Instant.now(clock)))
        .update();
  }

  @Transactional
  public void clear() {
    jdbc.sql("delete from quiet_hours").update();
  }

  /** When a marketing message prepared now may go out: null for "now", else the end of quiet hours. */
  Instant sendAt(ZoneId zone) {
    return find().map(window -> endIfInside(window, ZonedDateTime.now(clock.withZone(zone))))
        .orElse(null);
  }

  static Instant endIfInside(Window window, ZonedDateTime now) {
    if (!window.contains(now.toLocalTime())) {
      return null;
    }
    ZonedDateTime end = now.with(window.end()).withSecond(0).withNano(0);
    return (end.isAfter(now) ? end : end.plusDays(1)).toInstant();
  }
}
