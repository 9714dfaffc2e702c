package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.text.SpokenDigits;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts read from the numbers in a message, which cue phrases cannot express: temperatures inside and
 * outside the house and the age of an occupant. Numbers may be spoken ("fifty-eight", "eight below"). The
 * vocabulary refers to them as cues starting with "@".
 */
final class Facts {
  /** The fact names the vocabulary may use. */
  static final Set<String> NAMES =
      Set.of("@freezing_outside", "@cold_inside", "@hot_inside", "@hot_outside", "@elderly_age");

  private static final Pattern READING =
      Pattern.compile("(?i)(?<![\\w.-])(-?\\d{1,3})(?!\\d)[ \\t]*(?<below>below(?: zero)?)?[ \\t]*(?<unit>°[ \\t]*f?|degrees?(?:[ \\t]*f\\b)?)?");
  private static final Pattern OUTSIDE_AFTER = Pattern.compile("(?i)^[^.!?\\n]{0,12}\\b(?:outside|out|outdoors|out there)\\b");
  private static final Pattern INSIDE_AFTER =
      Pattern.compile("(?i)^[^.!?\\n]{0,12}\\b(?:inside|in here|in the house|upstairs|downstairs|indoors|in the living room)\\b|^[ \\t]*and (?:dropping|falling)");
  private static final Pattern INSIDE_BEFORE =
      Pattern.compile("(?i)\\b(?:house|home|inside|thermostat|temperature|temp|room)\\b[^.!?\\n]{0,20}$");
  private static final Pattern OUTSIDE_BEFORE = Pattern.compile("(?i)\\b(?:outside|outdoor|weather|forecast|low of|high of)\\b[^.!?\\n]{0,20}$");
  private static final Pattern NOT_A_TEMPERATURE =
      Pattern.compile("(?i)^[ \\t]*(?:years?|yrs?|yo|gallons?|gal|amps?|a\\b|minutes?|mins?|hours?|days?|weeks?|months?|lbs?|pounds"
          + "|sq|square|%|ft|feet|inch|inches|dollars|bucks|kids|times|cycles|rooms?|outlets?|bedrooms?)\\b|^[ \\t]*[-/:]");
  private static final Pattern FREEZING_WORDS =
      Pattern.compile("(?i)\\b(?:below zero|below freezing|sub-?zero|freezing (?:out|outside|cold|temperatures?)|single digits)\\b");
  private static final Pattern ELDERLY =
      Pattern.compile("(?i)\\((?:6[5-9]|[7-9]\\d|1[01]\\d)\\)|(?<!\\d)(?:6[5-9]|[7-9]\\d|1[01]\\d)[ -]?(?:yo|y/o|years?[ -]old|year-old|yrs? old)\\b"
          + "|\\b(?:she|he|who|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather)(?:'s| is)[ \\t]+(?:6[5-9]|[7-9]\\d|1[01]\\d)\\b"
          + "|\\baged[ \\t]+(?:6[5-9]|[7-9]\\d|1[01]\\d)\\b");

  private final String text;

  Facts(String original) {
    this.text = SpokenDigits.normalise(original).text().replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  /** True when the named fact holds for this text. */
  boolean holds(String fact) {
    return switch (fact) {
      case "@freezing_outside" -> FREEZING_WORDS.matcher(text).find() || anyReading(Where.OUTSIDE, -60, 32);
      case "@cold_inside" -> anyReading(Where.INSIDE, 30, 62);
      case "@hot_inside" -> anyReading(Where.INSIDE, 85, 120);
      case "@hot_outside" -> anyReading(Where.OUTSIDE, 90, 125);
      case "@elderly_age" -> ELDERLY.matcher(text).find();
      default -> throw new IllegalArgumentException("unknown fact " + fact + "; known: " + NAMES);
    };
  }

  private enum Where { INSIDE, OUTSIDE, UNKNOWN }

  private boolean anyReading(Where wanted, int min, int max) {
    Matcher m = READING.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      if (NOT_A_TEMPERATURE.matcher(after).find() && m.group("unit") == null) {
        continue;
      }
      int degrees = Integer.parseInt(m.group(1)) * (m.group("below") != null ? -1 : 1);
      Where where = where(m.start(), after);
      if (where == wanted && degrees >= min && degrees <= max) {
        return true;
      }
    }
    return false;
  }

  private Where where(int start, String after) {
    String before = text.substring(Math.max(0, start - 30), start);
    if (OUTSIDE_AFTER.matcher(after).find() || OUTSIDE_BEFORE.matcher(before).find()) {
      return Where.OUTSIDE;
    }
    if (INSIDE_AFTER.matcher(after).find() || INSIDE_BEFORE.matcher(before).find()) {
      return Where.INSIDE;
    }
    return Where.UNKNOWN;
  }
}
