package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.shared.json.Json;
import java.util.Optional;

/**
 * Checks an execution against an {@code execution} case: the status, then the output (where AWS recorded one),
 * or the error and cause when the execution did not succeed. An expected field that is absent means AWS
 * returned none, so ours must be null too. With {@code cause_parsed}, our cause is parsed as JSON first.
 */
public final class ExecutionCheck {
  private ExecutionCheck() {}

  /** Passed, or Failed with the first difference. */
  public static CaseOutcome check(ConformanceCase testCase, ExecutionResult result) {
    JsonNode expected = testCase.expected();
    Placeholders placeholders = testCase.placeholders();
    String expectedStatus = expected.path("status").asText();
    String actualStatus = String.valueOf(result.status());
    if (!expectedStatus.equals(actualStatus)) {
      return failed(testCase, result, "status: expected %s but was %s%s"
          .formatted(expectedStatus, actualStatus, errorSummary(result)));
    }
    Optional<Mismatch> difference =
        expected.has("output")
            ? JsonComparator.compare("output", expected.get("output"), orNull(result.output()), placeholders)
            : Optional.empty();
    if (difference.isEmpty() && !"SUCCEEDED".equals(expectedStatus)) {
      difference = compareErrorAndCause(expected, result, placeholders);
    }
    return difference
        .<CaseOutcome>map(mismatch -> failed(testCase, result, mismatch.describe()))
        .orElseGet(CaseOutcome.Passed::new);
  }

  private static Optional<Mismatch> compareErrorAndCause(
      JsonNode expected, ExecutionResult result, Placeholders placeholders) {
    Optional<Mismatch> error =
        JsonComparator.compare("error", expected.path("error"), text(result.error()), placeholders);
    if (error.isPresent()) {
      return error;
    }
    if (!expected.path("cause_parsed").asBoolean(false) || result.cause() == null) {
      return JsonComparator.compare("cause", expected.path("cause"), text(result.cause()), placeholders);
    }
    try {
      return JsonComparator.compare("cause", expected.path("cause"), Json.parse(result.cause()), placeholders);
    } catch (IllegalArgumentException notJson) {
      return Optional.of(new Mismatch("cause", "JSON " + Json.write(expected.path("cause")), result.cause()));
    }
  }

  /** Our result as one JSON object, shaped like {@code expected}, for verbose reports. */
  static ObjectNode actualAsJson(ExecutionResult result) {
    ObjectNode actual = Json.MAPPER.createObjectNode();
    actual.put("status", String.valueOf(result.status()));
    if (result.output() != null) {
      actual.set("output", result.output());
    }
    actual.put("error", result.error());
    actual.put("cause", result.cause());
    return actual;
  }

  private static CaseOutcome failed(ConformanceCase testCase, ExecutionResult result, String reason) {
    return new CaseOutcome.Failed(
        reason, Json.write(testCase.expected()), Json.write(actualAsJson(result)));
  }

  private static String errorSummary(ExecutionResult result) {
    if (result.error() == null && result.cause() == null) {
      return "";
    }
    return " (" + result.error() + ": " + Mismatch.truncate(String.valueOf(result.cause())) + ")";
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? Json.MAPPER.nullNode() : node;
  }

  private static JsonNode text(String value) {
    return value == null ? null : Json.MAPPER.getNodeFactory().textNode(value);
  }
}
