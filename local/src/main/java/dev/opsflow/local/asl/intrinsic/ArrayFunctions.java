package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength and
 * ArrayUnique. Numeric arguments that AWS documents as rounded (chunk size, range bounds and step)
 * are rounded half up; an index must be an exact integer.
 */
final class ArrayFunctions {
  /** AWS's documented limit on the size of an array built by States.ArrayRange. */
  static final int MAX_RANGE_ITEMS = 1000;

  private ArrayFunctions() {}

  static Map<String, IntrinsicFunction> all() {
    return Map.of(
        "States.Array", ArrayFunctions::array,
        "States.ArrayPartition", ArrayFunctions::partition,
        "States.ArrayContains", ArrayFunctions::contains,
        "States.ArrayRange", ArrayFunctions::range,
        "States.ArrayGetItem", ArrayFunctions::getItem,
        "States.ArrayLength", ArrayFunctions::length,
        "States.ArrayUnique", ArrayFunctions::unique);
  }

  static JsonNode array(IntrinsicArguments args) {
    return JsonValues.NODES.arrayNode().addAll(args.values());
  }

  static JsonNode partition(IntrinsicArguments args) {
    args.requireCount(2);
    ArrayNode input = args.array(0);
    long chunkSize = args.roundedInteger(1);
    if (chunkSize <= 0) {
      throw args.invalid(1, "a positive integer chunk size");
    }
    ArrayNode chunks = JsonValues.NODES.arrayNode();
    for (int start = 0; start < input.size(); start += (int) chunkSize) {
      ArrayNode chunk = chunks.addArray();
      for (int i = start; i < Math.min(input.size(), start + chunkSize); i++) {
        chunk.add(input.get(i));
      }
    }
    return chunks;
  }

  static JsonNode contains(IntrinsicArguments args) {
    args.requireCount(2);
    ArrayNode input = args.array(0);
    JsonNode wanted = args.value(1);
    for (JsonNode element : input) {
      if (JsonValues.same(element, wanted)) {
        return JsonValues.NODES.booleanNode(true);
      }
    }
    return JsonValues.NODES.booleanNode(false);
  }

  /**
   * From the first to the last argument inclusive, by a non-zero step (negative steps count down).
   */
  static JsonNode range(IntrinsicArguments args) {
    args.requireCount(3);
    long first = args.roundedInteger(0);
    long last = args.roundedInteger(1);
    long step = args.roundedInteger(2);
    if (step == 0) {
      throw args.invalid(2, "a non-zero step");
    }
    boolean reachable = step > 0 ? first <= last : first >= last;
    long count = reachable ? (last - first) / step + 1 : 0;
    if (count > MAX_RANGE_ITEMS) {
      throw IntrinsicErrors.invalidArgument(
          args.function(),
          "the range would contain "
              + count
              + " items, more than the maximum of "
              + MAX_RANGE_ITEMS
              + ".");
    }
    ArrayNode range = JsonValues.NODES.arrayNode();
    for (long i = 0; i < count; i++) {
      range.add(JsonValues.integer(first + i * step));
    }
    return range;
  }

  static JsonNode getItem(IntrinsicArguments args) {
    args.requireCount(2);
    ArrayNode input = args.array(0);
    long index = args.exactInteger(1);
    if (index < 0 || index >= input.size()) {
      throw IntrinsicErrors.invalidArgument(
          args.function(),
          "the index " + index + " is out of bounds for an array of " + input.size() + " items.");
    }
    return input.get((int) index);
  }

  static JsonNode length(IntrinsicArguments args) {
    args.requireCount(1);
    return JsonValues.integer(args.array(0).size());
  }

  /** The distinct elements, each at the position of its first occurrence. */
  static JsonNode unique(IntrinsicArguments args) {
    args.requireCount(1);
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode element : args.array(0)) {
      if (kept.stream().noneMatch(seen -> JsonValues.same(seen, element))) {
        kept.add(element);
      }
    }
    return JsonValues.NODES.arrayNode().addAll(kept);
  }
}
