package dev.opsflow.webapp.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the templates write times, durations, scores and wire names for people. */
public final class Format {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Format() {}

  /** {@code 2026-11-21 10:00 UTC}, or an empty string for no time. */
  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** {@code 0.875} as {@code 88 %}; empty for no score. */
  public static String percent(BigDecimal score) {
    return score == null ? "" : score.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** {@code needs_review} as {@code needs review}. */
  public static String words(String wireName) {
    return wireName == null ? "" : wireName.replace('_', ' ');
  }

  /** How long ago, roughly: {@code 5 min}, {@code 3 h}, {@code 2 d}. */
  public static String age(Instant instant, Instant now) {
    if (instant == null) {
      return "";
    }
    long minutes = Math.max(0, Duration.between(instant, now).toMinutes());
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 48 * 60) {
      return minutes / 60 + " h";
    }
    return minutes / (24 * 60) + " d";
  }

  /** The part of an execution ARN after the last colon (its name). */
  public static String lastPart(String arn) {
    return arn == null ? "" : arn.substring(arn.lastIndexOf(':') + 1);
  }
}
