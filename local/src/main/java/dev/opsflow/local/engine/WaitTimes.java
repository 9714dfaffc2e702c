package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.model.WaitState;
import dev.opsflow.local.asl.path.Paths;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** When a Wait state is due, from Seconds, Timestamp, their Path forms or JSONata expressions. */
final class WaitTimes {
  private WaitTimes() {}

  static Instant due(WaitState state, StateData data, JsonNode effective, Instant now) {
    if (state.seconds() != null) {
      JsonNode seconds = data.jsonata() ? data.evaluate("Seconds", state.seconds(), null, null) : state.seconds();
      if (seconds == null || !seconds.isIntegralNumber()) {
        throw StatesException.queryEvaluation(
            "The Seconds field evaluated to an unexpected type. Expected an integer. Found: " + seconds);
      }
      if (seconds.asLong() < 0) {
        throw StatesException.queryEvaluation("The Seconds field cannot be negative. Found: " + seconds);
      }
      return now.plusSeconds(seconds.asLong());
    }
    if (state.secondsPath() != null) {
      String path = state.secondsPath().asText();
      JsonNode seconds = Paths.select("SecondsPath", path, data.pathContext(effective));
      if (!seconds.isIntegralNumber()) {
        throw StatesException.runtime(
            "The SecondsPath parameter cannot be parsed as a long value: " + path + " == " + seconds);
      }
      if (seconds.asLong() < 0) {
        throw StatesException.runtime("The SecondsPath parameter references a negative value: " + path + " == " + seconds);
      }
      return now.plusSeconds(seconds.asLong());
    }
    if (state.timestamp() != null) {
      JsonNode ts = data.jsonata() ? data.evaluate("Timestamp", state.timestamp(), null, null) : state.timestamp();
      Instant instant = ts != null && ts.isTextual() ? parse(ts.asText()) : null;
      if (instant == null) {
        throw StatesException.queryEvaluation(
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                + (ts == null ? "undefined" : ts.isTextual() ? ts.asText() : ts.toString()));
      }
      return instant;
    }
    String path = state.timestampPath().asText();
    JsonNode ts = Paths.select("TimestampPath", path, data.pathContext(effective));
    Instant instant = ts.isTextual() ? parse(ts.asText()) : null;
    if (instant == null) {
      throw StatesException.runtime(
          "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
              + path + " == " + (ts.isTextual() ? ts.asText() : ts.toString()));
    }
    return instant;
  }

  /** RFC 3339 / ISO-8601 with an offset, as AWS accepts it; null when unparseable. */
  static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
