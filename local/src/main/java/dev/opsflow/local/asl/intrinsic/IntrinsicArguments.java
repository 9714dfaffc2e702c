package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The evaluated arguments of one call, with the checks every function shares. {@code sources} are
 * the arguments as written (States.Format needs to know whether its template was a literal).
 * Positions are zero-based; messages count arguments from 1, as a reader of the definition would.
 */
record IntrinsicArguments(
    String function, List<JsonNode> values, List<IntrinsicExpression> sources) {
  public IntrinsicArguments {
    values = List.copyOf(values);
    sources = List.copyOf(sources);
  }

  int size() {
    return values.size();
  }

  JsonNode value(int index) {
    return values.get(index);
  }

  void requireCount(int expected) {
    if (size() != expected) {
      throw IntrinsicErrors.argumentCount(
          function, expected + (expected == 1 ? " argument" : " arguments"), size());
    }
  }

  void requireCountBetween(int min, int max) {
    if (size() < min || size() > max) {
      throw IntrinsicErrors.argumentCount(function, min + " to " + max + " arguments", size());
    }
  }

  ArrayNode array(int index) {
    if (value(index) instanceof ArrayNode array) {
      return array;
    }
    throw invalid(index, "an array");
  }

  ObjectNode object(int index) {
    if (value(index) instanceof ObjectNode object) {
      return object;
    }
    throw invalid(index, "a JSON object");
  }

  String string(int index) {
    JsonNode value = value(index);
    if (value.isTextual()) {
      return value.textValue();
    }
    throw invalid(index, "a string");
  }

  boolean bool(int index) {
    JsonNode value = value(index);
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    throw invalid(index, "a boolean");
  }

  BigDecimal number(int index) {
    JsonNode value = value(index);
    if (value.isNumber()) {
      return value.decimalValue();
    }
    throw invalid(index, "a number");
  }

  /**
   * The argument rounded to the nearest integer, halves toward positive infinity (Java's {@code
   * Math.round}): AWS rounds non-integer numbers this way, e.g. {@code -1.5} to {@code -1} and
   * {@code 2.5} to {@code 3}.
   */
  long roundedInteger(int index) {
    BigDecimal rounded = number(index).add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR);
    try {
      return rounded.intValueExact();
    } catch (ArithmeticException e) {
      throw IntrinsicErrors.invalidArgument(
          function,
          "argument " + (index + 1) + " is outside the integer range: " + value(index) + ".");
    }
  }

  /** The argument as an exact integer: decimals with a fraction are refused rather than rounded. */
  long exactInteger(int index) {
    BigDecimal number = number(index);
    try {
      return number.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      throw invalid(index, "an integer");
    }
  }

  StatesException invalid(int index, String expected) {
    return IntrinsicErrors.invalidArgument(
        function,
        "argument "
            + (index + 1)
            + " must be "
            + expected
            + ", but was: "
            + Json.write(value(index))
            + ".");
  }
}
