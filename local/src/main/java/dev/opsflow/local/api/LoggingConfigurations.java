package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Checks and normalises a state machine's {@code loggingConfiguration} as CreateStateMachine does: a level other
 * than OFF needs exactly one destination, and absent members get AWS's defaults (level OFF, no execution data).
 * Logs are not written anywhere locally; the configuration is kept so that DescribeStateMachine returns it.
 */
final class LoggingConfigurations {
  private static final Set<String> LEVELS = Set.of("ALL", "ERROR", "FATAL", "OFF");

  private LoggingConfigurations() {}

  static ObjectNode normalise(ObjectNode requested) {
    ObjectNode config = requested == null ? JsonNodeFactory.instance.objectNode() : requested.deepCopy();
    String level = config.path("level").asText("OFF");
    if (!LEVELS.contains(level)) {
      throw ApiErrors.memberConstraint(
          "loggingConfiguration.level", level, "Member must satisfy enum value set: [ALL, ERROR, FATAL, OFF]");
    }
    JsonNode destinations = config.get("destinations");
    int count = destinations == null || !destinations.isArray() ? 0 : destinations.size();
    if (count > 1 || (!"OFF".equals(level) && count == 0)) {
      throw ApiErrors.invalidLoggingConfiguration("Must specify exactly one Log Destination.");
    }
    config.put("level", level);
    config.put("includeExecutionData", config.path("includeExecutionData").asBoolean(false));
    return config;
  }

  static ObjectNode tracing(ObjectNode requested) {
    return requested == null ? JsonNodeFactory.instance.objectNode().put("enabled", false) : requested.deepCopy();
  }
}
