package dev.opsflow.shared.reasoning.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One agent as versioned configuration ({@code config/agents/<id>.json}): what it is told (instructions and
 * constraints), what it must answer (the output schema, also the Bedrock tool's input schema) and which model
 * runs it. The version is recorded with every call, so a change to any of these is a new version.
 */
public record AgentDefinition(
    String id,
    String version,
    String instructions,
    List<String> constraints,
    JsonNode outputSchemaJson,
    OutputSchema outputSchema,
    ModelSettings model) {

  public AgentDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(instructions, "instructions");
    constraints = List.copyOf(constraints);
    Objects.requireNonNull(outputSchemaJson, "outputSchemaJson");
    Objects.requireNonNull(outputSchema, "outputSchema");
    Objects.requireNonNull(model, "model");
  }

  /** The system prompt: instructions followed by the numbered constraints. */
  public String systemPrompt() {
    StringBuilder prompt = new StringBuilder(instructions.strip());
    if (!constraints.isEmpty()) {
      prompt.append("\n\nConstraints:");
      for (int i = 0; i < constraints.size(); i++) {
        prompt.append('\n').append(i + 1).append(". ").append(constraints.get(i));
      }
    }
    return prompt.toString();
  }
}
