package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.shared.json.Json;
import java.util.Optional;

/**
 * Checks a refused state machine creation against a {@code definition_error} case: the API error code
 * ({@code InvalidDefinition}, ...) and AWS's message, under the case's placeholders.
 */
public final class DefinitionErrorCheck {
  private DefinitionErrorCheck() {}

  /** Our creation was refused with {@code refusal}: compare it with AWS's refusal. */
  public static CaseOutcome check(ConformanceCase testCase, DefinitionException refusal) {
    JsonNode expected = testCase.expected();
    Placeholders placeholders = testCase.placeholders();
    Optional<Mismatch> difference =
        JsonComparator.compare("error_code", expected.path("error_code"), text(refusal.errorCode()), placeholders)
            .or(() -> JsonComparator.compare(
                "message", expected.path("message"), text(refusal.getMessage()), placeholders));
    return difference
        .<CaseOutcome>map(mismatch -> new CaseOutcome.Failed(
            mismatch.describe(),
            Json.write(expected),
            refusal.errorCode() + ": " + refusal.getMessage()))
        .orElseGet(CaseOutcome.Passed::new);
  }

  /** Our creation succeeded where AWS refused. */
  public static CaseOutcome acceptedByUs(ConformanceCase testCase) {
    JsonNode expected = testCase.expected();
    return new CaseOutcome.Failed(
        "expected %s (%s) but the state machine was created"
            .formatted(expected.path("error_code").asText(), Mismatch.truncate(expected.path("message").asText())),
        Json.write(expected),
        "created");
  }

  private static JsonNode text(String value) {
    return value == null ? null : Json.MAPPER.getNodeFactory().textNode(value);
  }
}
