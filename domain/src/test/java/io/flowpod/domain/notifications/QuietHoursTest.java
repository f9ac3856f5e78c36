package io.flowpod.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Quiet hours in local time, across midnight too. */
class QuietHoursTest {

  private final QuietHours.Window night = new QuietHours.Window(LocalTime.of(21, 0),
      LocalTime.of(8, 0));

  @Test
  void insideTheWindowTheMessageWaitsForItsEnd() {
    ZonedDateTime lateEvening = ZonedDateTime.parse("2026-03-10T22:30:00+01:00[Europe/Rome]");
    ZonedDateTime earlyMorning = ZonedDateTime.parse("2026-03-11T06:15:00+01:00[Europe/Rome]");
    assertThat(QuietHours.endIfInside(night, lateEvening))
        .isEqualTo(ZonedDateTime.parse("2026-03-11T08:00:00+01:00[Europe/Rome]").toInstant());
    assertThat(QuietHours.endIfInside(night, earlyMorning))
        .isEqualTo(ZonedDateTime.parse("2026-03-11T08:00:00+01:00[Europe/Rome]").toInstant());
  }

  @Test
  void outsideTheWindowItGoesNow() {
    assertThat(QuietHours.endIfInside(night,
        ZonedDateTime.parse("2026-03-10T12:00:00+01:00[Europe/Rome]"))).isNull();
    assertThat(QuietHours.endIfInside(new QuietHours.Window(LocalTime.of(13, 0), LocalTime.of(14, 0)),
        ZonedDateTime.parse("2026-03-10T14:00:00+01:00[Europe/Rome]"))).isNull();
  }
}
