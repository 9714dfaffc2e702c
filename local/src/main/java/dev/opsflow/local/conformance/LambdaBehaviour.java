package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a recorded Lambda function behaved when AWS ran the case ({@code lambda_functions.*.behaviour}). The corpus
 * holds only {@code identity} and {@code raise}; any other kind is kept as {@link Unsupported} so that the case
 * reports it instead of the loader failing.
 */
public sealed interface LambdaBehaviour {

  /** Returns its event unchanged ({@code def handler(event, context): return event}). */
  record Identity() implements LambdaBehaviour {}

  /** Raises an exception: the task fails with {@code errorType} and the runtime's error object as cause. */
  record Raise(String errorType, String errorMessage) implements LambdaBehaviour {}

  /** A behaviour this runner cannot emulate. */
  record Unsupported(String kind) implements LambdaBehaviour {}

  /** Reads a {@code behaviour} object of the corpus. */
  static LambdaBehaviour fromJson(JsonNode behaviour) {
    String kind = behaviour.path("kind").asText("");
    return switch (kind) {
      case "identity" -> new Identity();
      case "raise" ->
          new Raise(behaviour.path("errorType").asText("Exception"), behaviour.path("errorMessage").asText(""));
      default -> new Unsupported(kind);
    };
  }
}
