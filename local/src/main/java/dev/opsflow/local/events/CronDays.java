package dev.opsflow.local.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;

/**
 * The day part of a cron expression: EventBridge takes the day of month or the day of week (the other is
 * {@code ?}), with {@code L} (last day; {@code 6L} last Friday), {@code W} (nearest weekday; {@code LW} last
 * weekday) and {@code #} ({@code 2#1} first Monday). Weekdays are numbered 1 (Sunday) to 7 (Saturday).
 */
sealed interface CronDays {
  boolean matches(LocalDate date);

  static CronDays parse(String dayOfMonth, String dayOfWeek) {
    boolean noMonthDay = dayOfMonth.equals("?");
    boolean noWeekDay = dayOfWeek.equals("?");
    if (noMonthDay == noWeekDay) {
      throw ScheduleExpression.invalid();
    }
    return noWeekDay ? monthDays(dayOfMonth) : weekDays(dayOfWeek);
  }

  private static CronDays monthDays(String field) {
    if (field.equals("L")) {
      return new LastDay();
    }
    if (field.equals("LW")) {
      return new LastWeekday();
    }
    if (field.matches("\\d{1,2}W")) {
      return new NearestWeekday(CronField.number(field.substring(0, field.length() - 1), 1, 31));
    }
    return new MonthDays(CronField.parse(field, 1, 31, null));
  }

  private static CronDays weekDays(String field) {
    if (field.matches("\\w{1,3}L")) {
      return new LastWeekdayOfMonth(CronField.value(field.substring(0, field.length() - 1), 1, 7, CronField.WEEKDAYS));
    }
    if (field.matches("\\w{1,3}#\\d")) {
      String[] parts = field.split("#");
      return new NthWeekday(CronField.value(parts[0], 1, 7, CronField.WEEKDAYS), CronField.number(parts[1], 1, 5));
    }
    return new WeekDays(CronField.parse(field, 1, 7, CronField.WEEKDAYS));
  }

  /** EventBridge's weekday number of {@code date}: 1 for Sunday ... 7 for Saturday. */
  static int weekday(LocalDate date) {
    return date.getDayOfWeek().getValue() % 7 + 1;
  }

  private static DayOfWeek dayOfWeek(int eventBridgeWeekday) {
    return DayOfWeek.of(eventBridgeWeekday == 1 ? 7 : eventBridgeWeekday - 1);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  record MonthDays(BitSet days) implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      return days.get(date.getDayOfMonth());
    }
  }

  record WeekDays(BitSet days) implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      return days.get(weekday(date));
    }
  }

  record LastDay() implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      return date.getDayOfMonth() == date.lengthOfMonth();
    }
  }

  record LastWeekday() implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      LocalDate last = date.with(TemporalAdjusters.lastDayOfMonth());
      while (isWeekend(last)) {
        last = last.minusDays(1);
      }
      return date.equals(last);
    }
  }

  /** {@code 15W}: the weekday nearest the 15th, never leaving the month. */
  record NearestWeekday(int day) implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      if (day > date.lengthOfMonth()) {
        return false;
      }
      LocalDate target = date.withDayOfMonth(day);
      if (target.getDayOfWeek() == DayOfWeek.SATURDAY) {
        target = day == 1 ? target.plusDays(2) : target.minusDays(1);
      } else if (target.getDayOfWeek() == DayOfWeek.SUNDAY) {
        target = day == date.lengthOfMonth() ? target.minusDays(2) : target.plusDays(1);
      }
      return date.equals(target);
    }
  }

  record LastWeekdayOfMonth(int weekday) implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      return date.equals(date.with(TemporalAdjusters.lastInMonth(dayOfWeek(weekday))));
    }
  }

  record NthWeekday(int weekday, int nth) implements CronDays {
    @Override
    public boolean matches(LocalDate date) {
      return date.equals(date.with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek(weekday))));
    }
  }
}
