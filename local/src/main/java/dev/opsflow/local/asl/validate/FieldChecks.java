package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** The type, range and exclusivity checks AWS's schema applies to single fields, with AWS's messages. */
final class FieldChecks {
  private FieldChecks() {}

  static String expectedType(String type) {
    return "Expected value of type [" + type + "]";
  }

  /** A JSONata expression string: {@code {% ... %}}. */
  static boolean isJsonata(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return false;
    }
    String text = node.asText().strip();
    return text.startsWith("{%") && text.endsWith("%}");
  }

  static boolean string(JsonNode node, Location at, Findings findings) {
    return ofType(node != null && node.isTextual(), "STRING", at, findings);
  }

  static boolean bool(JsonNode node, Location at, Findings findings) {
    return ofType(node != null && node.isBoolean(), "BOOLEAN", at, findings);
  }

  static boolean object(JsonNode node, Location at, Findings findings) {
    return ofType(node != null && node.isObject(), "OBJECT", at, findings);
  }

  static boolean array(JsonNode node, Location at, Findings findings) {
    return ofType(node != null && node.isArray(), "ARRAY", at, findings);
  }

  /** An array that must hold at least one element ("Value cannot be empty"). */
  static boolean nonEmptyArray(JsonNode node, Location at, Findings findings) {
    if (!array(node, at, findings)) {
      return false;
    }
    if (node.isEmpty()) {
      findings.schema(at, "Value cannot be empty");
      return false;
    }
    return true;
  }

  /** An integer in [min, max]; {@code max} null means unbounded. */
  static void integer(JsonNode node, Location at, Findings findings, long min, Long max) {
    if (!isWholeNumber(node)) {
      findings.schema(at, expectedType("INTEGER"));
      return;
    }
    range(node.decimalValue(), at, findings, BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max));
  }

  static void number(JsonNode node, Location at, Findings findings, BigDecimal min, BigDecimal max) {
    if (node == null || !node.isNumber()) {
      findings.schema(at, expectedType("NUMBER"));
      return;
    }
    range(node.decimalValue(), at, findings, min, max);
  }

  /** A JSONata state may write a number as an expression; a JSONPath state may not. */
  static void integerOrExpression(
      JsonNode node, Location at, QueryLanguage language, Findings findings, long min, Long max) {
    if (language == QueryLanguage.JSONATA && isJsonata(node)) {
      return;
    }
    integer(node, at, findings, min, max);
  }

  /** Reports {@code first} and {@code second} set together, at the first one's location. */
  static void exclusive(JsonNode owner, Location at, String first, String second, Findings findings) {
    if (owner.has(first) && owner.has(second)) {
      findings.schema(
          at.field(first), "There should only be one of the following fields: [" + first + ", " + second + "]");
    }
  }

  private static boolean isWholeNumber(JsonNode node) {
    if (node == null || !node.isNumber()) {
      return false;
    }
    if (node.isIntegralNumber()) {
      return true;
    }
    BigDecimal value = node.decimalValue();
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static void range(BigDecimal value, Location at, Findings findings, BigDecimal min, BigDecimal max) {
    if (min != null && value.compareTo(min) < 0) {
      findings.schema(at, "Minimum value is " + min.toPlainString());
    } else if (max != null && value.compareTo(max) > 0) {
      findings.schema(at, "Maximum value is " + max.toPlainString());
    }
  }

  private static boolean ofType(boolean ok, String type, Location at, Findings findings) {
    if (!ok) {
      findings.schema(at, expectedType(type));
    }
    return ok;
  }
}
