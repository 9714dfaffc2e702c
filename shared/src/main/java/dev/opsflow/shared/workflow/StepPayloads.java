package dev.opsflow.shared.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opsflow.shared.json.Json;
import java.util.Map;

/**
 * Converts a step's Lambda event to its input record and its output record back, with opsflow's one JSON
 * configuration ({@link Json#MAPPER}).
 *
 * <p>Handlers take and return {@code Map<String, Object>} rather than records because the AWS Java runtime
 * serialises POJOs with its own (shaded) Jackson, which ignores our annotations (snake_case names) and
 * {@code BigDecimal} setting; a map crosses that boundary unchanged in both shapes, and the conversion to
 * records happens here, the same way on AWS and locally. Instants are written as ISO-8601 text, which ASL
 * reads (a Wait state's {@code Timestamp}) and people read in the execution history. Fields a step does not
 * know are ignored (a tolerant reader): a step reads what it needs from an earlier step's output, and adding a
 * field to an output never breaks a later step.
 */
public final class StepPayloads {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final ObjectMapper MAPPER =
      Json.MAPPER.copy()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private StepPayloads() {}

  /** The event as {@code type}; an event that does not fit throws IllegalArgumentException naming the problem. */
  public static <T> T read(Map<String, Object> event, Class<T> type) {
    return MAPPER.convertValue(event, type);
  }

  /** The output record as the map the runtime serialises. */
  public static Map<String, Object> write(Object output) {
    return MAPPER.convertValue(output, MAP);
  }

  /** The output record as a JSON tree (for audit details), written as {@link #write} writes it. */
  public static JsonNode tree(Object output) {
    return MAPPER.valueToTree(output);
  }
}
