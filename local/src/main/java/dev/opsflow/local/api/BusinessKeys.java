package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.shared.json.Json;
import java.util.Map;

/**
 * Where an execution's business key (an order number, a request id: what people search executions by) comes
 * from: the input field named by the state machine tag {@value #TAG} (a JSONPath such as {@code $.requestId}),
 * else the input's top-level {@code businessKey} field. Not an AWS feature; AWS ignores the tag.
 */
final class BusinessKeys {
  static final String TAG = "opsflow:businessKeyPath";
  private static final String DEFAULT_PATH = "$.businessKey";
  private static final Configuration PATHS =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .options(Option.SUPPRESS_EXCEPTIONS)
          .build();

  private BusinessKeys() {}

  /** Refuses a tag whose path does not compile, at CreateStateMachine rather than at every start. */
  static void checkTag(Map<String, String> tags) {
    String path = tags.get(TAG);
    if (path == null) {
      return;
    }
    try {
      JsonPath.compile(path);
    } catch (InvalidPathException e) {
      throw ApiErrors.validation("Invalid " + TAG + " tag: '" + path + "' is not a JSONPath");
    }
  }

  /** The key of an execution of {@code machine} with {@code input}; null when the input has none. */
  static String of(StateMachineRecord machine, JsonNode input) {
    String path = machine.tags().getOrDefault(TAG, DEFAULT_PATH);
    Object found;
    try {
      found = JsonPath.using(PATHS).parse(input).read(path);
    } catch (InvalidPathException e) {
      return null;
    }
    if (found instanceof JsonNode key) {
      return key.isValueNode() && !key.isNull() ? key.asText() : null;
    }
    return found instanceof String || found instanceof Number || found instanceof Boolean ? found.toString() : null;
  }
}
