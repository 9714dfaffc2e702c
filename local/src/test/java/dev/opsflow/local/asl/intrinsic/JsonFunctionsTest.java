package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.assertJson;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.evaluate;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"\"                                 | null",
        "\" \"                                | null",
        "\"null\"                             | null",
        "\"-0\"                               | 0",
        "\"1.1\"                              | 1.1",
        "\"true\"                             | true",
        "\"\\\"HelloWorld\\\"\"               | \"HelloWorld\"",
        "\"[1, 2, \\\"HelloWorld\\\"]\"       | [1, 2, \"HelloWorld\"]",
        "\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\" | {\"Arg1\": 1, \"Arg2\": []}"
      })
  void stringToJson_parsesTheText(String input, String expected) {
    assertJson(evaluate("States.StringToJson($.s)", "{\"s\": " + input + "}"), expected);
  }

  @Test
  void stringToJson_withInvalidJson_fails() {
    var failure = failure("States.StringToJson('{\"a\": ')");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause())
        .startsWith("Invalid arguments in States.StringToJson: the string is not valid JSON");
  }

  @Test
  void stringToJson_withTrailingText_fails() {
    assertThat(failure("States.StringToJson('1 2')").cause()).contains("not valid JSON");
  }

  @Test
  void stringToJson_ofNonString_fails() {
    assertThat(failure("States.StringToJson($.o)", "{\"o\": {}}").cause())
        .contains("argument 1 must be a string");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1                         | 1",
        "1.1                       | 1.1",
        "true                      | true",
        "null                      | null",
        "\"HelloWorld\"            | \"HelloWorld\"",
        "{\"Arg1\": 1, \"Arg2\": []} | {\"Arg1\":1,\"Arg2\":[]}"
      })
  void jsonToString_writesCompactJson(String value, String expected) {
    assertThat(evaluate("States.JsonToString($.v)", "{\"v\": " + value + "}").textValue())
        .isEqualTo(expected);
  }

  @Test
  void jsonToString_withoutArgument_fails() {
    assertThat(failure("States.JsonToString()").cause())
        .contains("expected 1 argument but received 0");
  }

  @Test
  void merge_isShallowAndSecondWins() {
    // GIVEN two objects sharing "a" (an object) and "d"
    String input =
        "{\"fst\": {\"a\": {\"a1\": 1, \"a2\": 2}, \"b\": 2, \"d\": 3},"
            + " \"snd\": {\"a\": {\"a3\": 1, \"a4\": 2}, \"c\": 3, \"d\": 4}}";

    // WHEN merged shallowly
    var result = evaluate("States.JsonMerge($.fst, $.snd, false)", input);

    // THEN the second object's members replace the first's whole
    assertJson(result, "{\"a\": {\"a3\": 1, \"a4\": 2}, \"b\": 2, \"d\": 4, \"c\": 3}");
  }

  @Test
  void merge_doesNotModifyTheInput() {
    var context = FakePathContext.of("{\"fst\": {\"a\": 1}, \"snd\": {\"b\": 2}}");

    IntrinsicFunctions.evaluate("States.JsonMerge($.fst, $.snd, false)", context);

    assertJson(context.input().get("fst"), "{\"a\": 1}");
  }

  @Test
  void merge_withDeepTrue_fails() {
    var failure = failure("States.JsonMerge($.a, $.a, true)", "{\"a\": {}}");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause()).contains("deep merge is not supported");
  }

  @Test
  void merge_ofArray_fails() {
    assertThat(failure("States.JsonMerge($.a, $.o, false)", "{\"a\": [], \"o\": {}}").cause())
        .contains("argument 1 must be a JSON object");
  }

  @Test
  void merge_withNonBooleanFlag_fails() {
    assertThat(failure("States.JsonMerge($.o, $.o, 'false')", "{\"o\": {}}").cause())
        .contains("argument 3 must be a boolean");
  }
}
