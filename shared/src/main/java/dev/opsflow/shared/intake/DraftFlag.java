package dev.opsflow.shared.intake;

import java.util.Locale;

/**
 * What the code-side guards found in a drafted customer message. Wire names ({@code promises_time},
 * {@code names_price}, {@code ungrounded_value}) are used in config and in step output.
 */
public enum DraftFlag {
  /** The draft commits to a date or a time. */
  PROMISES_TIME,
  /** The draft names a price or an amount. */
  NAMES_PRICE,
  /** The draft repeats a value that is not in the customer's message. */
  UNGROUNDED_VALUE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} otherwise. */
  public static DraftFlag fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
