package dev.opsflow.shared.reasoning.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The model an agent runs on when a model is used: provider (bedrock), model id and inference settings. */
public record ModelSettings(
    @JsonProperty("provider") String provider,
    @JsonProperty("model_id") String modelId,
    @JsonProperty("max_tokens") int maxTokens,
    @JsonProperty("temperature") double temperature) {

  public ModelSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(modelId, "modelId");
  }
}
