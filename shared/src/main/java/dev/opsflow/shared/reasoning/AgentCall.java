package dev.opsflow.shared.reasoning;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The audit record of one agent call: which agent and version ran on which model, what it cost in tokens,
 * how long it took, and the raw structured output exactly as the model (or the local rules) produced it,
 * before any guard touched it. Callers store it next to the request so any value can be traced back.
 */
public record AgentCall(
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("agent_version") String agentVersion,
    @JsonProperty("model_id") String modelId,
    @JsonProperty("input_tokens") long inputTokens,
    @JsonProperty("output_tokens") long outputTokens,
    @JsonProperty("duration_ms") long durationMillis,
    @JsonProperty("output") JsonNode output) {

  /** Model id recorded for calls answered by {@link dev.opsflow.shared.reasoning.local.LocalReasoner}. */
  public static final String LOCAL_MODEL = "local-rules";

  public AgentCall {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(output, "output");
  }
}
