package dev.opsflow.local.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Optional;

/**
 * {@code cron(minutes hours day-of-month month day-of-week year)}, EventBridge's six-field cron in UTC: one of
 * the day fields is {@code ?}; see {@link CronField} and {@link CronDays} for the syntax. Years run 1970-2199.
 */
public record CronExpression(BitSet minutes, BitSet hours, CronDays days, BitSet months, BitSet years) implements ScheduleExpression {
  private static final int LAST_YEAR = 2199;

  static CronExpression parse(String body) {
    String[] f = body.trim().split("\\s+");
    if (f.length != 6) {
      throw ScheduleExpression.invalid();
    }
    return new CronExpression(
        CronField.parse(f[0], 0, 59, null),
        CronField.parse(f[1], 0, 23, null),
        CronDays.parse(f[2], f[4]),
        CronField.parse(f[3], 1, 12, CronField.MONTHS),
        CronField.parse(f[5], 1970, LAST_YEAR, null));
  }

  @Override
  public Optional<Instant> first(Instant created) {
    return nextAfter(created);
  }

  @Override
  public Optional<Instant> following(Instant fired, Instant now) {
    return nextAfter(fired.isAfter(now) ? fired : now);
  }

  /** The first minute strictly after {@code after} that the expression allows. */
  Optional<Instant> nextAfter(Instant after) {
    LocalDateTime start = LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDate date = start.toLocalDate();
    int fromHour = start.getHour();
    int fromMinute = start.getMinute();
    while (date.getYear() <= LAST_YEAR) {
      if (!years.get(date.getYear())) {
        date = LocalDate.of(date.getYear() + 1, 1, 1);
      } else if (!months.get(date.getMonthValue())) {
        date = date.withDayOfMonth(1).plusMonths(1);
      } else {
        if (days.matches(date)) {
          for (int h = hours.nextSetBit(fromHour); h >= 0; h = hours.nextSetBit(h + 1)) {
            int m = minutes.nextSetBit(h == fromHour ? fromMinute : 0);
            if (m >= 0) {
              return Optional.of(date.atTime(h, m).toInstant(ZoneOffset.UTC));
            }
          }
        }
        date = date.plusDays(1);
      }
      fromHour = 0;
      fromMinute = 0;
    }
    return Optional.empty();
  }
}
