package dev.opsflow.local.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between Jackson trees and the plain Java values the JSONata engine works on. AWS evaluates JSONata
 * with JavaScript numbers, so numbers go in as doubles (or small integers) and come out the way JavaScript
 * prints them: an integral value is written without a fraction ({@code 1.0} becomes {@code 1}), big integral
 * values keep only the double's digits, and fractions use the shortest round-tripping decimal.
 */
final class JsonataValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;
  private static final double PLAIN_INTEGER_LIMIT = 1e21;

  private JsonataValues() {}

  /** The engine's value for {@code node}; JSON null becomes {@link Jsonata#NULL_VALUE} (Java null is undefined). */
  static Object toJava(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    return switch (node.getNodeType()) {
      case NULL -> Jsonata.NULL_VALUE;
      case BOOLEAN -> node.booleanValue();
      case STRING -> node.textValue();
      case NUMBER -> toJavaNumber(node);
      case ARRAY -> {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(item -> list.add(toJava(item)));
        yield list;
      }
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
        yield map;
      }
      case BINARY, POJO, MISSING -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
    };
  }

  private static Object toJavaNumber(JsonNode node) {
    if (node.canConvertToInt() && node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) <= MAX_SAFE_INTEGER) {
      return node.longValue();
    }
    return node.doubleValue();
  }

  /**
   * The JSON for an engine value, or empty when the value (or, at top level, the whole result) is not JSON data,
   * e.g. a function. Inside objects such members are left out and inside arrays they become null, as
   * JavaScript's {@code JSON.stringify} does.
   */
  static Optional<JsonNode> toJson(Object value) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return Optional.of(NODES.nullNode());
    }
    if (value instanceof String text) {
      return Optional.of(NODES.textNode(text));
    }
    if (value instanceof Boolean flag) {
      return Optional.of(NODES.booleanNode(flag));
    }
    if (value instanceof Number number) {
      return numberNode(number);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((key, member) -> toJson(member).ifPresent(json -> object.set(String.valueOf(key), json)));
      return Optional.of(object);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode(list.size());
      list.forEach(item -> array.add(toJson(item).orElseGet(NODES::nullNode)));
      return Optional.of(array);
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> numberNode(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
      return Optional.of(integralNode(BigInteger.valueOf(number.longValue())));
    }
    double value = number.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Optional.empty();
    }
    if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
      // Double.toString gives the shortest round-tripping digits, as JavaScript prints them.
      return Optional.of(integralNode(new BigDecimal(Double.toString(value)).toBigIntegerExact()));
    }
    return Optional.of(NODES.numberNode(new BigDecimal(Double.toString(value))));
  }

  /** The smallest node type holding the integer, as {@code Json.MAPPER} would parse it. */
  private static JsonNode integralNode(BigInteger value) {
    if (value.bitLength() < Integer.SIZE) {
      return NODES.numberNode(value.intValue());
    }
    if (value.bitLength() < Long.SIZE) {
      return NODES.numberNode(value.longValue());
    }
    return NODES.numberNode(value);
  }
}
