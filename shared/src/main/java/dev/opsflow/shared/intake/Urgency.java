package dev.opsflow.shared.intake;

import java.util.Arrays;
import java.util.Locale;

/**
 * How fast a request must be answered. The wire names ({@code emergency}, {@code urgent}, {@code routine}) are the
 * contract used in request records, config files and state machine input.
 */
public enum Urgency {
  EMERGENCY,
  URGENT,
  ROUTINE;

  /** Lower-case name used in JSON. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the accepted values otherwise. */
  public static Urgency fromWire(String value) {
    for (Urgency u : values()) {
      if (u.wireName().equals(value)) {
        return u;
      }
    }
    throw new IllegalArgumentException(
        "Unknown urgency '" + value + "'; expected one of " + Arrays.toString(wireNames()));
  }

  private static String[] wireNames() {
    return Arrays.stream(values()).map(Urgency::wireName).toArray(String[]::new);
  }
}
