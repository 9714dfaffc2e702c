package dev.opsflow.local.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;

/**
 * The comparison operators of JSONPath-mode Choice rules, each a test of the variable's value
 * against the operand. Comparisons only hold between values of the operator's type (a number is
 * never {@code StringEquals} anything); numbers compare by exact decimal value; timestamps are RFC
 * 3339 strings with an offset ({@code 2016-03-14T01:59:00Z}), compared as instants.
 */
final class ChoiceComparisons {
  private static final Map<String, BiPredicate<JsonNode, JsonNode>> OPERATORS =
      Map.ofEntries(
          Map.entry("StringEquals", strings(c -> c == 0)),
          Map.entry("StringLessThan", strings(c -> c < 0)),
          Map.entry("StringGreaterThan", strings(c -> c > 0)),
          Map.entry("StringLessThanEquals", strings(c -> c <= 0)),
          Map.entry("StringGreaterThanEquals", strings(c -> c >= 0)),
          Map.entry("StringMatches", ChoiceComparisons::stringMatches),
          Map.entry("NumericEquals", numbers(c -> c == 0)),
          Map.entry("NumericLessThan", numbers(c -> c < 0)),
          Map.entry("NumericGreaterThan", numbers(c -> c > 0)),
          Map.entry("NumericLessThanEquals", numbers(c -> c <= 0)),
          Map.entry("NumericGreaterThanEquals", numbers(c -> c >= 0)),
          Map.entry(
              "BooleanEquals",
              (v, e) -> v.isBoolean() && e.isBoolean() && v.booleanValue() == e.booleanValue()),
          Map.entry("TimestampEquals", timestamps(c -> c == 0)),
          Map.entry("TimestampLessThan", timestamps(c -> c < 0)),
          Map.entry("TimestampGreaterThan", timestamps(c -> c > 0)),
          Map.entry("TimestampLessThanEquals", timestamps(c -> c <= 0)),
          Map.entry("TimestampGreaterThanEquals", timestamps(c -> c >= 0)),
          Map.entry("IsNull", (v, e) -> v.isNull() == e.asBoolean()),
          Map.entry("IsNumeric", (v, e) -> v.isNumber() == e.asBoolean()),
          Map.entry("IsString", (v, e) -> v.isTextual() == e.asBoolean()),
          Map.entry("IsBoolean", (v, e) -> v.isBoolean() == e.asBoolean()),
          Map.entry("IsTimestamp", (v, e) -> timestamp(v).isPresent() == e.asBoolean()));

  /** The type tests take a literal boolean and have no {@code ...Path} form. */
  private static final Set<String> TYPE_TESTS =
      Set.of("IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp");

  private ChoiceComparisons() {}

  static boolean supports(String operator) {
    return OPERATORS.containsKey(operator);
  }

  /** True when {@code operator + "Path"} is a valid operator (its operand is a path). */
  static boolean supportsPathOperand(String operator) {
    return OPERATORS.containsKey(operator) && !TYPE_TESTS.contains(operator);
  }

  static boolean test(String operator, JsonNode value, JsonNode operand) {
    return OPERATORS.get(operator).test(value, operand);
  }

  private static BiPredicate<JsonNode, JsonNode> strings(IntPredicate holds) {
    return (v, e) ->
        v.isTextual() && e.isTextual() && holds.test(v.textValue().compareTo(e.textValue()));
  }

  private static BiPredicate<JsonNode, JsonNode> numbers(IntPredicate holds) {
    return (v, e) ->
        v.isNumber() && e.isNumber() && holds.test(v.decimalValue().compareTo(e.decimalValue()));
  }

  private static BiPredicate<JsonNode, JsonNode> timestamps(IntPredicate holds) {
    return (v, e) -> {
      Optional<Instant> left = timestamp(v);
      Optional<Instant> right = timestamp(e);
      return left.isPresent() && right.isPresent() && holds.test(left.get().compareTo(right.get()));
    };
  }

  private static Optional<Instant> timestamp(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(node.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
              .toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean stringMatches(JsonNode value, JsonNode pattern) {
    return value.isTextual()
        && pattern.isTextual()
        && WildcardPattern.matches(pattern.textValue(), value.textValue());
  }
}
