package io.flowpod.api.channels;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.domain.notifications.QuietHours;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's quiet hours: marketing messages wait until they are over. */
@RestController
@RequestMapping("/api/v1/settings/quiet-hours")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Channels")
class QuietHoursController {

  private final QuietHours quietHours;

  QuietHoursController(QuietHours quietHours) {
    this.quietHours = quietHours;
  }

  /** Local times (HH:mm) in the workspace's time zone; null when there are none. */
  record QuietHoursBody(String start, String end) {}

  @GetMapping
  @Operation(summary = "The workspace's quiet hours", description = "Roles: OWNER, ADMIN.")
  QuietHoursBody get() {
    return quietHours.find().map(w -> new QuietHoursBody(w.start().toString(), w.end().toString()))
        .orElse(new QuietHoursBody(null, null));
  }

  @PutMapping
  @Operation(summary = "Set the quiet hours", description = "Roles: OWNER, ADMIN. start and end "
      + "as HH:mm in the workspace's time zone, e.g. 21:00 to 08:00. 400 with field errors.")
  QuietHoursBody put(@RequestBody QuietHoursBody body) {
    LocalTime start = time("start", body.start());
    LocalTime end = time("end", body.end());
    if (start.equals(end)) {
      throw ApiProblem.invalid("end", "must differ from start");
    }
    quietHours.set(new QuietHours.Window(start, end));
    return get();
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove the quiet hours", description = "Roles: OWNER, ADMIN.")
  void delete() {
    quietHours.clear();
  }

  private static LocalTime time(String field, String value) {
    try {
      return LocalTime.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalid(field, "must be a time as HH:mm");
    }
  }
}
