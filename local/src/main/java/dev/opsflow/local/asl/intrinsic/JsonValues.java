package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON helpers shared by the intrinsics: building number nodes and comparing values as JSON does.
 */
final class JsonValues {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  /**
   * An int node when the value fits, else a long node: the same shape Jackson gives a parsed
   * integer.
   */
  static JsonNode integer(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  /**
   * An integer node for integral literals ({@code 3}), a decimal node otherwise ({@code 1.5},
   * {@code 1.0}).
   */
  static JsonNode number(BigDecimal value) {
    if (value.scale() <= 0) {
      try {
        return integer(value.longValueExact());
      } catch (ArithmeticException e) {
        return NODES.numberNode(value.toBigIntegerExact());
      }
    }
    return DecimalNode.valueOf(value);
  }

  /**
   * JSON equality: numbers compare by value ({@code 1} equals {@code 1.0}), objects ignore member
   * order, arrays compare element by element.
   */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    if (a.isArray()) {
      return sameElements(a, b);
    }
    if (a.isObject()) {
      return sameMembers(a, b);
    }
    return a.equals(b);
  }

  private static boolean sameElements(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameMembers(JsonNode a, JsonNode b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> member : a.properties()) {
      JsonNode other = b.get(member.getKey());
      if (other == null || !same(member.getValue(), other)) {
        return false;
      }
    }
    return true;
  }
}
