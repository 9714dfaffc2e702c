package dev.opsflow.local.events;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One plain field of a cron expression (minutes, hours, day of month, month, day of week, year) as the set of
 * values it allows: lists ({@code ,}), ranges ({@code -}), {@code *} and steps ({@code /}), with month and
 * weekday names ({@code JAN}, {@code MON}) where EventBridge allows them.
 */
final class CronField {
  static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private CronField() {}

  /** The values {@code field} allows within {@code min..max}; {@code names} (may be null) stand for min, min+1 ... */
  static BitSet parse(String field, int min, int max, List<String> names) {
    BitSet values = new BitSet(max + 1);
    for (String item : field.split(",", -1)) {
      String[] stepped = item.split("/", -1);
      if (stepped.length > 2) {
        throw ScheduleExpression.invalid();
      }
      int step = stepped.length == 2 ? number(stepped[1], 1, max) : 1;
      int from;
      int to;
      if (stepped[0].equals("*")) {
        from = min;
        to = max;
      } else if (stepped[0].contains("-")) {
        String[] range = stepped[0].split("-", -1);
        if (range.length != 2) {
          throw ScheduleExpression.invalid();
        }
        from = value(range[0], min, max, names);
        to = value(range[1], min, max, names);
      } else {
        from = value(stepped[0], min, max, names);
        to = stepped.length == 2 ? max : from;
      }
      if (from > to) {
        throw ScheduleExpression.invalid();
      }
      for (int v = from; v <= to; v += step) {
        values.set(v);
      }
    }
    return values;
  }

  static int value(String text, int min, int max, List<String> names) {
    if (names != null) {
      int named = names.indexOf(text.toUpperCase(Locale.ROOT));
      if (named >= 0) {
        return min + named;
      }
    }
    return number(text, min, max);
  }

  static int number(String text, int min, int max) {
    if (!text.matches("\\d{1,4}")) {
      throw ScheduleExpression.invalid();
    }
    int value = Integer.parseInt(text);
    if (value < min || value > max) {
      throw ScheduleExpression.invalid();
    }
    return value;
  }
}
