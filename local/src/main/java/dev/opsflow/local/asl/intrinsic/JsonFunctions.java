package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.Map;

/**
 * States.StringToJson, States.JsonToString and States.JsonMerge.
 *
 * <p>StringToJson turns a blank string into {@code null} (AWS does, for {@code ""} and {@code " "})
 * and refuses text with anything after the JSON value. JsonMerge is shallow only: AWS requires its
 * third argument to be {@code false}, and on a shared key the second object wins.
 */
final class JsonFunctions {
  private static final ObjectReader STRICT_READER =
      Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFunctions() {}

  static Map<String, IntrinsicFunction> all() {
    return Map.of(
        "States.StringToJson", JsonFunctions::stringToJson,
        "States.JsonToString", JsonFunctions::jsonToString,
        "States.JsonMerge", JsonFunctions::merge);
  }

  static JsonNode stringToJson(IntrinsicArguments args) {
    args.requireCount(1);
    String text = args.string(0);
    if (text.isBlank()) {
      return JsonValues.NODES.nullNode();
    }
    try {
      return STRICT_READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw IntrinsicErrors.invalidArgument(
          args.function(), "the string is not valid JSON: " + e.getOriginalMessage() + ".");
    }
  }

  static JsonNode jsonToString(IntrinsicArguments args) {
    args.requireCount(1);
    return JsonValues.NODES.textNode(Json.write(args.value(0)));
  }

  static JsonNode merge(IntrinsicArguments args) {
    args.requireCount(3);
    ObjectNode first = args.object(0);
    ObjectNode second = args.object(1);
    if (args.bool(2)) {
      throw IntrinsicErrors.invalidArgument(
          args.function(), "deep merge is not supported; the third argument must be false.");
    }
    ObjectNode merged = first.deepCopy();
    merged.setAll(second);
    return merged;
  }
}
