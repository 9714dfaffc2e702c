package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Wait: exactly one of Seconds, Timestamp, SecondsPath and TimestampPath, each well formed. */
final class WaitChecker {
  private static final List<String> TIMING = List.of("SecondsPath", "Seconds", "TimestampPath", "Timestamp");
  private static final String TIMING_LIST = "[SecondsPath, Seconds, TimestampPath, Timestamp]";
  /** RFC 3339 as the ASL restricts it: uppercase T, and Z or a numeric offset. */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

  private WaitChecker() {}

  static void check(StateScope wait) {
    Findings findings = wait.findings();
    long present = TIMING.stream().filter(wait::has).count();
    if (present > 1) {
      findings.schema(wait.at(), "There should only be one of the following fields: " + TIMING_LIST);
    } else if (present == 0) {
      findings.schema(wait.at(), "This object should have only one of the following fields: " + TIMING_LIST);
    }
    if (wait.has("Seconds")) {
      FieldChecks.integerOrExpression(
          wait.field("Seconds"), wait.at("Seconds"), wait.language(), findings, 0, 99_999_999L);
    }
    JsonNode timestamp = wait.field("Timestamp");
    if (timestamp != null && !(wait.jsonata() && FieldChecks.isJsonata(timestamp))) {
      if (FieldChecks.string(timestamp, wait.at("Timestamp"), findings) && !isRfc3339(timestamp.asText())) {
        findings.schema(wait.at("Timestamp"), "String does not match RFC3339 timestamp");
      }
    }
    PathSyntax.referencePath(wait.field("SecondsPath"), wait.at("SecondsPath"), findings, false);
    PathSyntax.referencePath(wait.field("TimestampPath"), wait.at("TimestampPath"), findings, false);
  }

  static boolean isRfc3339(String text) {
    if (!RFC3339.matcher(text).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
