package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Objects;

/**
 * One call to a model: which agent at which version asked which model, the tokens it cost (null when the model
 * does not count them, e.g. the local reasoner), how long it took, what it answered and which guards it tripped
 * ({@code violations}: an array, empty when none).
 */
public record AiCall(
    String requestId,
    String agentId,
    String agentVersion,
    String modelId,
    Integer inputTokens,
    Integer outputTokens,
    long durationMs,
    JsonNode output,
    JsonNode violations,
    Instant at) {

  public AiCall {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(at, "at");
    violations = violations == null ? JsonNodeFactory.instance.arrayNode() : violations;
  }
}
