package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.StateMachineType;
import java.util.List;
import java.util.Optional;

/**
 * One AWS-recorded case of the corpus (format: {@code shared/conformance/asl-aws/README.md}), reduced to what the
 * runner needs. {@code definitionText} is the definition as sent to AWS; {@code expected} is kept as JSON
 * because its shape depends on {@code kind}; {@code historyEventTypes} is empty when AWS's history was not
 * recorded.
 */
public record ConformanceCase(
    String id,
    String fileName,
    CaseKind kind,
    String definitionText,
    StateMachineType type,
    String inputText,
    JsonNode expected,
    boolean expectedExact,
    List<String> expectedPlaceholders,
    List<String> features,
    List<LambdaSpec> lambdaFunctions,
    Optional<List<String>> historyEventTypes) {

  public ConformanceCase {
    expectedPlaceholders = List.copyOf(expectedPlaceholders);
    features = List.copyOf(features);
    lambdaFunctions = List.copyOf(lambdaFunctions);
    historyEventTypes = historyEventTypes.map(List::copyOf);
  }

  /** The placeholder rules of this case (wildcards only where the recording replaced values). */
  public Placeholders placeholders() {
    return expectedExact ? Placeholders.exact() : Placeholders.forTokens(expectedPlaceholders);
  }
}
