package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.jsonata.JsonataType;
import dev.opsflow.local.asl.model.MapState;
import dev.opsflow.local.asl.path.PayloadTemplates;
import dev.opsflow.local.asl.path.Paths;
import dev.opsflow.shared.json.Json;

/** A Map state's inputs: its items, batching, concurrency and failure tolerance, with AWS's checks and messages. */
final class MapSettings {
  private MapSettings() {}

  static ArrayNode items(MapState state, StateData data, JsonNode effective) {
    JsonNode items;
    if (data.jsonata()) {
      JsonNode template = state.items();
      if (template == null) {
        items = data.rawInput();
      } else {
        items = data.jsonataEvaluator().evaluate("Items", template, data.bindings(null, null), JsonataType.ARRAY);
      }
    } else {
      items = state.itemsPath() == null ? effective : Paths.select("ItemsPath", state.itemsPath().asText(), data.pathContext(effective));
    }
    if (items == null || !items.isArray()) {
      String shown = items == null ? "null" : Json.write(items);
      throw data.jsonata()
          ? StatesException.queryEvaluation("Map state input must be an array but was: " + shown)
          : StatesException.runtime("Map state input must be an array but was: " + shown);
    }
    return (ArrayNode) items;
  }

  /** Groups items into batches when an ItemBatcher is configured. */
  static ArrayNode batch(MapState state, StateData data, JsonNode effective, ArrayNode items) {
    JsonNode batcher = state.itemBatcher();
    if (batcher == null) {
      return items;
    }
    long maxItems = integer(data, effective, batcher, "MaxItemsPerBatch", "MaxItemsPerBatchPath", Long.MAX_VALUE);
    long maxBytes = integer(data, effective, batcher, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", 256 * 1024);
    JsonNode batchInput = batcher.get("BatchInput");
    if (batchInput != null) {
      batchInput = data.jsonata() ? data.evaluate("ItemBatcher/BatchInput", batchInput, null, null)
          : PayloadTemplates.evaluate("BatchInput", batchInput, data.pathContext(effective));
    }
    ArrayNode batches = JsonNodeFactory.instance.arrayNode();
    ArrayNode current = null;
    long bytes = 0;
    for (JsonNode item : items) {
      long size = Json.write(item).length();
      if (current == null || current.size() >= maxItems || (bytes + size > maxBytes && !current.isEmpty())) {
        ObjectNode batch = batches.addObject();
        current = batch.putArray("Items");
        if (batchInput != null) {
          batch.set("BatchInput", batchInput);
        }
        bytes = 0;
      }
      current.add(item);
      bytes += size;
    }
    return batches;
  }

  static int maxConcurrency(MapState state, StateData data, JsonNode effective) {
    if (state.maxConcurrencyPath() != null) {
      String path = state.maxConcurrencyPath().asText();
      JsonNode value = Paths.select("MaxConcurrencyPath", path, data.pathContext(effective));
      Long number = integerValue(value);
      if (number == null || number < 0) {
        throw StatesException.runtime(
            "The MaxConcurrencyPath field refers to value \"" + display(value) + "\" which is not a valid integer: " + path);
      }
      return (int) Math.min(Integer.MAX_VALUE, number);
    }
    JsonNode value = state.maxConcurrency();
    if (value == null) {
      return 0;
    }
    if (data.jsonata() && value.isTextual()) {
      value = data.evaluate("MaxConcurrency", value, null, null);
    }
    return value == null ? 0 : value.asInt();
  }

  static long toleratedCount(MapState state, StateData data, JsonNode effective) {
    JsonNode value = state.toleratedFailureCount();
    if (state.toleratedFailureCountPath() != null) {
      String path = state.toleratedFailureCountPath().asText();
      JsonNode found = Paths.select("ToleratedFailureCountPath", path, data.pathContext(effective));
      Long number = integerValue(found);
      if (number == null) {
        throw StatesException.runtime(
            "The ToleratedFailureCountPath field refers to value \"" + display(found) + "\" which is not a valid integer: " + path);
      }
      value = JsonNodeFactory.instance.numberNode(number);
    } else if (value != null && data.jsonata() && value.isTextual()) {
      value = data.evaluate("ToleratedFailureCount", value, null, null);
    }
    long count = value == null ? 0 : value.asLong();
    if (count < 0) {
      throw StatesException.runtime("ToleratedFailureCount cannot be negative.");
    }
    return count;
  }

  static double toleratedPercentage(MapState state, StateData data, JsonNode effective) {
    JsonNode value = state.toleratedFailurePercentage();
    if (state.toleratedFailurePercentagePath() != null) {
      String path = state.toleratedFailurePercentagePath().asText();
      JsonNode found = Paths.select("ToleratedFailurePercentagePath", path, data.pathContext(effective));
      Double number = decimalValue(found);
      if (number == null) {
        throw StatesException.runtime(
            "The ToleratedFailurePercentagePath field refers to value \"" + display(found) + "\" which is not a valid float: " + path);
      }
      value = JsonNodeFactory.instance.numberNode(number);
    } else if (value != null && data.jsonata() && value.isTextual()) {
      value = data.evaluate("ToleratedFailurePercentage", value, null, null);
    }
    double percentage = value == null ? 0 : value.asDouble();
    if (percentage < 0 || percentage > 100) {
      throw StatesException.runtime("ToleratedFailurePercentage must be between 0 and 100.");
    }
    return percentage;
  }

  private static long integer(StateData data, JsonNode effective, JsonNode batcher, String field, String pathField, long fallback) {
    JsonNode value = batcher.get(field);
    if (batcher.has(pathField)) {
      value = Paths.select(pathField, batcher.get(pathField).asText(), data.pathContext(effective));
    } else if (value != null && data.jsonata() && value.isTextual()) {
      value = data.evaluate("ItemBatcher/" + field, value, null, null);
    }
    return value == null || !value.isNumber() || value.asLong() <= 0 ? fallback : value.asLong();
  }

  /** An integer given as a JSON number or as a numeric string (AWS accepts both); null otherwise. */
  private static Long integerValue(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isTextual()) {
      try {
        return Long.parseLong(value.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Double decimalValue(JsonNode value) {
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isTextual()) {
      try {
        return Double.parseDouble(value.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String display(JsonNode value) {
    return value.isTextual() ? value.asText() : Json.write(value);
  }



}
