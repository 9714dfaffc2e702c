package dev.opsflow.local.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rate(value unit)}: every {@code value} minutes, hours or days from when the rule was made. As in
 * EventBridge the unit is singular for 1 ({@code rate(1 hour)}) and plural otherwise ({@code rate(5 minutes)}).
 */
public record RateExpression(Duration period) implements ScheduleExpression {
  private static final Pattern RATE = Pattern.compile("(\\d+) (minute|minutes|hour|hours|day|days)");

  static RateExpression parse(String body) {
    Matcher m = RATE.matcher(body);
    if (!m.matches()) {
      throw ScheduleExpression.invalid();
    }
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw ScheduleExpression.invalid();
    }
    String unit = m.group(2);
    if (value < 1 || (value == 1) == unit.endsWith("s")) {
      throw ScheduleExpression.invalid();
    }
    Duration each = switch (unit.replaceAll("s$", "")) {
      case "minute" -> Duration.ofMinutes(1);
      case "hour" -> Duration.ofHours(1);
      default -> Duration.ofDays(1);
    };
    return new RateExpression(each.multipliedBy(value));
  }

  @Override
  public Optional<Instant> first(Instant created) {
    return Optional.of(created.plus(period));
  }

  @Override
  public Optional<Instant> following(Instant fired, Instant now) {
    Instant next = fired.plus(period);
    if (next.isAfter(now)) {
      return Optional.of(next);
    }
    long behind = Duration.between(fired, now).toMillis() / period.toMillis();
    return Optional.of(fired.plus(period.multipliedBy(behind + 1)));
  }
}
