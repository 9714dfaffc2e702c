package dev.opsflow.fn.extractfields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ClassifyRequest's result for the request: its issue type and urgency, the fields the agent extracted (each a
 * value with evidence), what the grounding guard dropped, the agent that did it, and the envelope's sender.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExtractFieldsInput(
    StepRef step, String requestId, String issueType, String urgency, String channel,
    Map<String, Extracted> extracted, List<JsonNode> violations, Agent agent, Sender from) {

  public ExtractFieldsInput {
    extracted = extracted == null ? Map.of() : extracted;
    violations = violations == null ? List.of() : violations;
  }

  /** What the channel itself says about the sender (caller id, envelope address, display name); any part may be null. */
  public record Sender(String phone, String email, String name) {}

  /** One extracted value; its evidence stays in the AI call log. */
  public record Extracted(String value) {}

  /** Which agent version extracted the values: the revision is theirs. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Agent(String agentId, String agentVersion, String modelId) {}

  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    extracted.forEach((name, field) -> values.put(name, field == null ? null : field.value()));
    return values;
  }
}
