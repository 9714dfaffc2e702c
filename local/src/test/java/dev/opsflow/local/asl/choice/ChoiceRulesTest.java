package dev.opsflow.local.asl.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.path.DataContext;
import dev.opsflow.shared.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceRulesTest {
  private static final Map<String, JsonNode> VARIABLES =
      Map.of("guess", Json.parse("7"), "answer", Json.parse("\"yes\""));

  private static boolean evaluate(String rule, String input) {
    DataContext ctx =
        new DataContext(
            Json.parse(input),
            Json.parse("{\"Execution\": {\"Name\": \"run-1\"}}"),
            VARIABLES::get);
    return ChoiceRules.matches(Json.parse(rule), ctx);
  }

  /**
   * One comparison of {@code $.v} with a literal operand: operator | operand | value of v |
   * expected.
   */
  @ParameterizedTest(name = "{1} {0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals | \"abc\" | \"abc\" | true",
        "StringEquals | \"abc\" | \"abd\" | false",
        "StringEquals | \"1\" | 1 | false",
        "StringEquals | \"null\" | null | false",
        "StringLessThan | \"b\" | \"a\" | true",
        "StringLessThan | \"a\" | \"a\" | false",
        "StringGreaterThan | \"a\" | \"b\" | true",
        "StringGreaterThan | \"b\" | \"b\" | false",
        "StringLessThanEquals | \"a\" | \"a\" | true",
        "StringLessThanEquals | \"a\" | \"b\" | false",
        "StringGreaterThanEquals | \"b\" | \"b\" | true",
        "StringGreaterThanEquals | \"b\" | \"a\" | false",
        "StringGreaterThan | \"Z\" | \"a\" | true",
        "StringMatches | \"log-*.txt\" | \"log-2024-01.txt\" | true",
        "StringMatches | \"log-*.txt\" | \"log-2024-01.csv\" | false",
        "StringMatches | \"*\" | \"\" | true",
        "StringMatches | \"a*b*c\" | \"aXXbYYc\" | true",
        "StringMatches | \"a*b*c\" | \"aXXcYYb\" | false",
        "StringMatches | \"a\\\\*\" | \"a*\" | true",
        "StringMatches | \"a\\\\*\" | \"ab\" | false",
        "StringMatches | \"a\\\\\\\\b\" | \"a\\\\b\" | true",
        "StringMatches | \"*\" | 5 | false",
        "NumericEquals | 1 | 1.0 | true",
        "NumericEquals | 1.10 | 1.1 | true",
        "NumericEquals | 0.3 | 0.30000000000000004 | false",
        "NumericEquals | 12345678901234567890 | 12345678901234567890 | true",
        "NumericEquals | 12345678901234567890 | 12345678901234567891 | false",
        "NumericEquals | 1 | \"1\" | false",
        "NumericEquals | 0 | false | false",
        "NumericLessThan | 10 | 9.99 | true",
        "NumericLessThan | 10 | 10 | false",
        "NumericGreaterThan | 10 | 10.01 | true",
        "NumericGreaterThan | 10 | 10 | false",
        "NumericLessThanEquals | 10 | 10 | true",
        "NumericLessThanEquals | 10 | 11 | false",
        "NumericGreaterThanEquals | -1 | -1 | true",
        "NumericGreaterThanEquals | -1 | -2 | false",
        "BooleanEquals | true | true | true",
        "BooleanEquals | true | false | false",
        "BooleanEquals | false | \"false\" | false",
        "BooleanEquals | false | 0 | false",
        "TimestampEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\" | true",
        "TimestampEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T20:00:55+01:00\" | true",
        "TimestampEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55.000Z\" | true",
        "TimestampEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55\" | false",
        "TimestampEquals | \"2012-10-09T19:00:55Z\" | 0 | false",
        "TimestampLessThan | \"2012-10-09T19:00:56Z\" | \"2012-10-09T19:00:55Z\" | true",
        "TimestampLessThan | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\" | false",
        "TimestampGreaterThan | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\" | true",
        "TimestampGreaterThan | \"2012-10-09T19:00:56Z\" | \"2012-10-09T19:00:55Z\" | false",
        "TimestampLessThanEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\" | true",
        "TimestampLessThanEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\" | false",
        "TimestampGreaterThanEquals | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:55Z\" | true",
        "TimestampGreaterThanEquals | \"2012-10-09T19:00:56Z\" | \"2012-10-09T19:00:55Z\" | false",
        "IsNull | true | null | true",
        "IsNull | true | 0 | false",
        "IsNull | false | \"\" | true",
        "IsNumeric | true | 1.1 | true",
        "IsNumeric | true | \"1\" | false",
        "IsNumeric | false | {} | true",
        "IsString | true | \"\" | true",
        "IsString | true | null | false",
        "IsString | false | [] | true",
        "IsBoolean | true | false | true",
        "IsBoolean | true | \"true\" | false",
        "IsTimestamp | true | \"2016-03-14T01:59:00Z\" | true",
        "IsTimestamp | true | \"2016-03-14T01:59:00.123-07:00\" | true",
        "IsTimestamp | true | \"2016-03-14T01:59:00\" | false",
        "IsTimestamp | true | \"2016-13-14T01:59:00Z\" | false",
        "IsTimestamp | false | 1458000000 | true",
      })
  void comparisonWithLiteral_matchesAsAws(
      String operator, String operand, String value, boolean expected) {
    // GIVEN
    String rule =
        "{\"Variable\": \"$.v\", \"%s\": %s, \"Next\": \"X\"}".formatted(operator, operand);
    // WHEN
    boolean matched = evaluate(rule, "{\"v\": " + value + "}");
    // THEN
    assertThat(matched).isEqualTo(expected);
  }

  /** The {@code ...Path} forms read the operand from the data: operator | v | w | expected. */
  @ParameterizedTest(name = "{1} {0} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEqualsPath | \"a\" | \"a\" | true",
        "StringLessThanPath | \"a\" | \"b\" | true",
        "StringGreaterThanPath | \"a\" | \"b\" | false",
        "StringLessThanEqualsPath | \"b\" | \"b\" | true",
        "StringGreaterThanEqualsPath | \"a\" | \"b\" | false",
        "StringMatchesPath | \"abc\" | \"a*\" | true",
        "NumericEqualsPath | 1 | 1.0 | true",
        "NumericEqualsPath | 1 | \"1\" | false",
        "NumericLessThanPath | 1 | 2 | true",
        "NumericGreaterThanPath | 1 | 2 | false",
        "NumericLessThanEqualsPath | 2 | 2 | true",
        "NumericGreaterThanEqualsPath | 1 | 2 | false",
        "BooleanEqualsPath | true | true | true",
        "BooleanEqualsPath | true | \"true\" | false",
        "TimestampEqualsPath | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\" | false",
        "TimestampLessThanPath | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\" | true",
        "TimestampGreaterThanPath | \"2012-10-09T19:00:55Z\" | \"2012-10-09T19:00:56Z\" | false",
        "TimestampLessThanEqualsPath | \"2012-10-09T19:00:56Z\" | \"2012-10-09T19:00:56Z\" | true",
        "TimestampGreaterThanEqualsPath | \"2012-10-09T19:00:57Z\" | \"2012-10-09T19:00:56Z\" |"
            + " true",
      })
  void comparisonWithPath_readsOperandFromData(
      String operator, String v, String w, boolean expected) {
    // GIVEN
    String rule = "{\"Variable\": \"$.v\", \"%s\": \"$.w\", \"Next\": \"X\"}".formatted(operator);
    // WHEN
    boolean matched = evaluate(rule, "{\"v\": %s, \"w\": %s}".formatted(v, w));
    // THEN
    assertThat(matched).isEqualTo(expected);
  }

  @Test
  void variablesAndContextObject_canBeComparedAndReferenced() {
    // GIVEN rules on a workflow variable, a variable operand and the context object
    String onVariable = "{\"Variable\": \"$guess\", \"NumericEquals\": 7}";
    String withVariableOperand = "{\"Variable\": \"$.reply\", \"StringEqualsPath\": \"$answer\"}";
    String onContext = "{\"Variable\": \"$$.Execution.Name\", \"StringMatches\": \"run-*\"}";
    // WHEN / THEN
    assertThat(evaluate(onVariable, "{}")).isTrue();
    assertThat(evaluate(withVariableOperand, "{\"reply\": \"yes\"}")).isTrue();
    assertThat(evaluate(onContext, "{}")).isTrue();
  }

  @Test
  void andOrNot_combineNestedRules() {
    // GIVEN value in [20, 30) and type not Private, written with every combinator
    String rule =
        """
        {"And": [
           {"Not": {"Variable": "$.type", "StringEquals": "Private"}},
           {"Or": [
              {"And": [{"Variable": "$.value", "NumericGreaterThanEquals": 20},
                       {"Variable": "$.value", "NumericLessThan": 30}]},
              {"Variable": "$.override", "BooleanEquals": true}]}],
         "Next": "InTwenties"}
        """;
    // WHEN / THEN
    assertThat(evaluate(rule, "{\"type\": \"Public\", \"value\": 22, \"override\": false}"))
        .isTrue();
    assertThat(evaluate(rule, "{\"type\": \"Private\", \"value\": 22, \"override\": false}"))
        .isFalse();
    assertThat(evaluate(rule, "{\"type\": \"Public\", \"value\": 31, \"override\": false}"))
        .isFalse();
    assertThat(evaluate(rule, "{\"type\": \"Public\", \"value\": 31, \"override\": true}"))
        .isTrue();
  }

  @Test
  void andStopsAtFirstFalse_soLaterMissingPathsAreNotRead() {
    // GIVEN a guard on presence before a comparison on the same path
    String rule =
        "{\"And\": [{\"Variable\": \"$.x\", \"IsPresent\": true}, {\"Variable\": \"$.x\","
            + " \"NumericEquals\": 1}]}";
    // WHEN / THEN
    assertThat(evaluate(rule, "{}")).isFalse();
  }

  @ParameterizedTest(name = "IsPresent {1} on {0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"v\": null} | true | true",
        "{} | true | false",
        "{} | false | true",
        "{\"v\": 1} | false | false",
      })
  void isPresent_neverFailsOnMissingPath(String input, boolean operand, boolean expected) {
    // GIVEN
    String rule = "{\"Variable\": \"$.v\", \"IsPresent\": " + operand + "}";
    // WHEN / THEN
    assertThat(evaluate(rule, input)).isEqualTo(expected);
  }

  @Test
  void isPresentOnUndefinedVariable_isFalse() {
    // GIVEN / WHEN / THEN
    assertThat(evaluate("{\"Variable\": \"$nope\", \"IsPresent\": true}", "{}")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"Variable\": \"$.type\", \"StringEquals\": \"Private\"} | $.type",
        "{\"Variable\": \"$.type\", \"IsNull\": true} | $.type",
        "{\"Variable\": \"$undefinedVariable\", \"NumericEquals\": 1} | $undefinedVariable",
        "{\"Variable\": \"$.left\", \"NumericEqualsPath\": \"$.right\"} | $.right",
      })
  void missingVariableOrOperandPath_failsWithChoiceMessage(String rule, String path) {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> evaluate(rule, "{\"left\": 8}"))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.Runtime");
              assertThat(e.cause())
                  .isEqualTo(
                      "Invalid path '"
                          + path
                          + "': The choice state's condition path references an invalid value.");
            });
  }
}
