package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;

/**
 * How soon a request of one urgency must be acted on: minutes counted on a clock. {@link Clock#BUSINESS} counts only
 * minutes inside business hours (a routine request at 19:00 on Friday starts counting Saturday morning);
 * {@link Clock#ALWAYS} counts every minute (emergencies).
 */
public record Sla(int respondWithinMinutes, Clock clock) {

  /** Which minutes count. */
  public enum Clock { BUSINESS, ALWAYS }

  public Sla {
    Objects.requireNonNull(clock, "clock");
    if (respondWithinMinutes < 1) {
      throw new IllegalArgumentException("respondWithinMinutes must be at least 1");
    }
  }

  static Sla fromJson(JsonNode node) {
    return new Sla(
        node.path("respond_within_minutes").asInt(),
        Clock.valueOf(node.path("clock").asText().toUpperCase(Locale.ROOT)));
  }
}
