package dev.opsflow.shared.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.ledger.HttpResult;

/** Reading third-party JSON answers: the body as JSON (empty object when there is none or it is not JSON). */
public final class ApiErrors {
  private ApiErrors() {}

  public static JsonNode json(HttpResult result) {
    try {
      return result.body().isBlank() ? JsonNodeFactory.instance.objectNode() : Json.parse(result.body());
    } catch (IllegalArgumentException notJson) {
      return JsonNodeFactory.instance.objectNode();
    }
  }

  /** The text at {@code pointer} (a JSON pointer such as {@code /error/code}), or null. */
  public static String text(JsonNode body, String pointer) {
    JsonNode node = body.at(pointer);
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  /** A required text field of a successful answer; its absence means the API answered something unexpected. */
  public static String required(String integration, JsonNode body, String pointer) {
    String value = text(body, pointer);
    if (value == null || value.isBlank()) {
      throw new PermanentIntegrationException(integration, integration + " answered without " + pointer);
    }
    return value;
  }
}
