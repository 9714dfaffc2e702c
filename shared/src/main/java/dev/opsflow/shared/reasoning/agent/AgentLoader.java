package dev.opsflow.shared.reasoning.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.config.ConfigException;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.ConfigProblem;
import dev.opsflow.shared.config.ConfigSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads agent definitions ({@code agents/<id>.json} of a config source). The file is read and checked against
 * {@code schemas/agents.schema.json} by {@link ConfigLoader#loadAgent}; this class then requires the id to
 * match the file name and the {@code output_schema} to compile, so a bad file fails at load with a
 * {@link ConfigException} naming the file, the path in it and the problem, never at the first model call.
 */
public final class AgentLoader {

  private AgentLoader() {}

  /** Loads agent {@code id}. */
  public static AgentDefinition load(ConfigSource source, String id) {
    String name = "agents/" + id + ".json";
    JsonNode json = ConfigLoader.loadAgent(source, id);
    if (!json.path("id").asText().equals(id)) {
      throw problem(source.describe(name), "$.id", "is '" + json.path("id").asText() + "', expected '" + id + "'");
    }
    OutputSchema outputSchema;
    try {
      outputSchema = OutputSchema.compile(json.get("output_schema"));
    } catch (IllegalArgumentException e) {
      throw problem(source.describe(name), "$.output_schema", e.getMessage());
    }
    JsonNode model = json.get("model");
    List<String> constraints = new ArrayList<>();
    json.get("constraints").forEach(c -> constraints.add(c.asText()));
    return new AgentDefinition(
        id,
        json.get("version").asText(),
        json.get("instructions").asText(),
        constraints,
        json.get("output_schema"),
        outputSchema,
        new ModelSettings(
            model.get("provider").asText(),
            model.get("model_id").asText(),
            model.get("max_tokens").asInt(),
            model.get("temperature").asDouble()));
  }

  private static ConfigException problem(String file, String path, String message) {
    return new ConfigException(List.of(new ConfigProblem(file, path, message)));
  }
}
