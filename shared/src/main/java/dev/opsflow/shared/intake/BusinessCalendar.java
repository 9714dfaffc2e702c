package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.BusinessHours;
import dev.opsflow.shared.config.BusinessHours.OpeningInterval;
import dev.opsflow.shared.config.Sla;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Business-hours arithmetic in the business's time zone: whether it is open at an instant, and when a number of
 * business minutes starting at an instant have elapsed. Opening times are local wall-clock times, so on a daylight
 * saving change day an opening still starts at its local time, and the minutes counted are real elapsed minutes.
 * Holidays are closed all day. Pure: the caller passes the instants (no clock inside).
 */
public final class BusinessCalendar {
  /** A year with no opening at all means the config can never make a deadline; fail rather than loop. */
  private static final int MAX_CLOSED_DAYS = 366;

  private final BusinessHours hours;

  public BusinessCalendar(BusinessHours hours) {
    this.hours = Objects.requireNonNull(hours, "hours");
  }

  /** Whether the business is open at that instant (opening inclusive, closing exclusive). */
  public boolean isOpen(Instant at) {
    LocalDate date = at.atZone(hours.zone()).toLocalDate();
    for (OpeningInterval interval : hours.openingsOn(date)) {
      if (!at.isBefore(start(date, interval)) && at.isBefore(end(date, interval))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instant at which {@code minutes} business minutes, counted from {@code from}, have elapsed. Counting starts
   * at the next opening when {@code from} is outside business hours; with 0 minutes that opening is the answer.
   */
  public Instant plusBusinessMinutes(Instant from, long minutes) {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative: " + minutes);
    }
    Duration remaining = Duration.ofMinutes(minutes);
    LocalDate date = from.atZone(hours.zone()).toLocalDate();
    int closedDays = 0;
    while (closedDays <= MAX_CLOSED_DAYS) {
      boolean counted = false;
      for (OpeningInterval interval : hours.openingsOn(date)) {
        Instant start = later(start(date, interval), from);
        Instant end = end(date, interval);
        if (!start.isBefore(end)) {
          continue;
        }
        counted = true;
        Duration available = Duration.between(start, end);
        if (remaining.compareTo(available) <= 0) {
          return start.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      closedDays = counted ? 0 : closedDays + 1;
      date = date.plusDays(1);
    }
    throw new IllegalStateException("No business hours within " + MAX_CLOSED_DAYS + " days of " + date);
  }

  /** When an SLA counted from {@code from} falls due, on the SLA's own clock. */
  public Instant due(Instant from, Sla sla, long extraMinutes) {
    long minutes = sla.respondWithinMinutes() + extraMinutes;
    return switch (sla.clock()) {
      case ALWAYS -> from.plus(Duration.ofMinutes(minutes));
      case BUSINESS -> plusBusinessMinutes(from, minutes);
    };
  }

  private Instant start(LocalDate date, OpeningInterval interval) {
    return at(date, interval.startMinute());
  }

  private Instant end(LocalDate date, OpeningInterval interval) {
    return at(date, interval.endMinute());
  }

  /** Local wall-clock time on that date; a time skipped by a DST gap moves forward, as {@code atZone} does. */
  private Instant at(LocalDate date, int minuteOfDay) {
    return date.atStartOfDay().plusMinutes(minuteOfDay).atZone(hours.zone()).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
