package dev.opsflow.shared.reasoning.local;

import java.util.regex.Pattern;

/**
 * The grammar of time-preference phrases: units (a day, a part of the day, a clock time or range, a date, a
 * span like "in the next couple weeks", or immediacy like "asap"), each with optional modifiers ("any",
 * "first thing", "before", "next"), joined by "or", "and", "on", "in the", "except" or a space: "any day next
 * week except Wednesday", "Mornings before 9 or after 6", "tmrw am", "Mon or Tue pm".
 */
final class TimePhrases {
  private static final String L = "(?<![\\p{L}\\p{N}])";
  private static final String R = "(?![\\p{L}\\p{N}])";
  private static final String SUFFIX = "(?:am|pm|a\\.m\\.|p\\.m\\.|o'?clock)";
  private static final String HOUR = "\\d{1,2}(?::\\d{2})?";
  private static final String CLOCK_TAIL = "(?:[ \\t]*(?:-|to|and|or)[ \\t]*" + HOUR + "(?:[ \\t]*" + SUFFIX + ")?)?";
  private static final String CLOCK =
      "(?:(?:after|before|by|around|between|from|until|till)[ \\t]+" + HOUR + "(?:[ \\t]*" + SUFFIX + ")?" + CLOCK_TAIL
          + "|(?:at[ \\t]+)?\\d{1,2}(?::\\d{2}(?:[ \\t]*" + SUFFIX + ")?|[ \\t]*" + SUFFIX + ")" + CLOCK_TAIL + "|noon|midday)";
  private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?";
  private static final String SHORT_WEEKDAY =
      "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?(?=[ \\t]+(?:or|and|am|pm|morning|afternoon|evening|night|after|before|between|\\d))";
  private static final String DAY =
      "(?:today|2day|tonight|tonite|tomorrow|tomorow|tommorow|tmrw|tmrow|tmr|mañana|weekends?|weekdays?|the weekend"
          + "|the holidays|any day|every day|same day|next (?:wk|week|month)|this (?:week|month|weekend)|"
          + WEEKDAY + "|" + SHORT_WEEKDAY + ")(?:[ \\t]+(?:am|pm)" + R + ")?";
  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String DATE =
      "(?:the week of[ \\t]+)?(?:" + MONTH + "[ \\t]+\\d{1,2}(?:st|nd|rd|th)?|(?:the[ \\t]+)?\\d{1,2}(?:st|nd|rd|th))";
  private static final String PART =
      "(?:mornings?|afternoons?|evenings?|nights?|lunch(?:time)?|por la (?:tarde|mañana|noche))";
  private static final String SPAN =
      "(?:(?:some ?time|any ?time)[ \\t]+)?(?:in|within) the next (?:couple(?: of)?|few|two|three|\\d+)[ \\t]+(?:days|weeks)";
  private static final String IMMEDIATE =
      "(?:as soon as (?:possible|you can)|soon as you can|asap|a\\.s\\.a\\.p\\.?|right away|right now|immediately"
          + "|(?:earliest|first) available(?: appointment)?|whenever|any ?time|rn|(?-i:NOW))";
  private static final String MODIFIER =
      "(?:any|some ?time|first thing(?: in the morning)?|early|late|this|next|every|by|before|after|until|till"
          + "|preferably|around)";
  private static final String UNIT =
      L + "(?:" + MODIFIER + "[ \\t]+)*(?:" + SPAN + "|" + IMMEDIATE + "|" + DATE + "|" + DAY + "|" + PART + "|" + CLOCK + ")" + R;
  private static final String JOIN = "(?:[ \\t]+(?:or|and|on|in the|except|the)[ \\t]+|[ \\t]+|[ \\t]*-[ \\t]*)";

  /** One or more units joined into a phrase. */
  static final Pattern PHRASE =
      Pattern.compile("(?iu)" + UNIT + "(?:" + JOIN + UNIT + ")*");

  /** Phrases that on their own state a preference, not just a time ("asap", "anytime", "first thing"). */
  static final Pattern SELF_EVIDENT =
      Pattern.compile("(?iu)^(?:any|anytime|whenever|some ?time|first thing|preferably|asap|as soon|soon as|right away"
          + "|immediately|earliest|first available|rn)" + R);

  private TimePhrases() {}
}
