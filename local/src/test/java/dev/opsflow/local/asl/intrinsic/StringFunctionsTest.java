package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.assertJson;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.evaluate;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.path.PathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFunctionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"HelloWorld\"          | Formatting argument HelloWorld.",
        "\"\"                    | Formatting argument .",
        "null                    | Formatting argument null.",
        "1                       | Formatting argument 1.",
        "1.1                     | Formatting argument 1.1.",
        "true                    | Formatting argument true.",
        "\"{\\\"Arg1\\\": 1}\"   | 'Formatting argument {\"Arg1\": 1}.'",
        "{\"Arg1\": 1, \"Arg2\": []} | 'Formatting argument {Arg1=1, Arg2=[]}.'",
        "[1, \"a\", null, {\"k\": \"v\"}] | 'Formatting argument [1, a, null, {k=v}].'"
      })
  void format_rendersEachValueKind(String value, String expected) {
    // WHEN formatting one value of each JSON type
    var result =
        evaluate("States.Format('Formatting argument {}.', $.v)", "{\"v\": " + value + "}");

    // THEN strings are bare, scalars are JSON text and containers print like Java maps and lists
    assertThat(result.textValue()).isEqualTo(expected);
  }

  @Test
  void format_withSeveralPlaceholders_substitutesInOrder() {
    var result =
        evaluate(
            "States.Format('Hello {}, welcome to {}!', $.name, $.place)",
            "{\"name\": \"John\", \"place\": \"LocalStack\"}");

    assertThat(result.textValue()).isEqualTo("Hello John, welcome to LocalStack!");
  }

  @Test
  void format_withEscapedBraces_keepsThemAsText() {
    // GIVEN a literal template whose escaped braces are not a placeholder (as decoded from JSON)
    var result = evaluate("States.Format('\\{\\} is {} and it\\'s \\\\ fine', 'x')");

    // THEN only the bare {} is replaced
    assertThat(result.textValue()).isEqualTo("{} is x and it's \\ fine");
  }

  @Test
  void format_withTemplateFromPathOrVariable_works() {
    // GIVEN the template in a variable, as AWS allows ("States.Format($AnswerTemplate,
    // $$.Map.Item.Value)")
    PathContext context =
        FakePathContext.of("{}")
            .withVariable("AnswerTemplate", "\"It's {}!\"")
            .withContextObject("{\"Map\": {\"Item\": {\"Value\": \"Pikachu\"}}}");

    // WHEN formatting
    var result =
        IntrinsicFunctions.evaluate("States.Format($AnswerTemplate, $$.Map.Item.Value)", context);

    // THEN the variable's text is the template
    assertThat(result.textValue()).isEqualTo("It's Pikachu!");
  }

  @Test
  void format_withNoPlaceholders_returnsTemplate() {
    assertThat(evaluate("States.Format('plain')").textValue()).isEqualTo("plain");
  }

  @Test
  void format_withMorePlaceholdersThanValues_fails() {
    StatesException failure = failure("States.Format('{} and {}', 'a')");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause())
        .isEqualTo(
            "Invalid arguments in States.Format: the template has 2 placeholder(s) but 1 value(s)"
                + " were given.");
  }

  @Test
  void format_withMoreValuesThanPlaceholders_fails() {
    assertThat(failure("States.Format('{}', 'a', 'b')").cause())
        .contains("1 placeholder(s) but 2 value(s)");
  }

  @Test
  void format_withNonStringTemplate_fails() {
    assertThat(failure("States.Format(1)").cause()).contains("argument 1 must be a string");
  }

  @Test
  void format_withoutArguments_fails() {
    assertThat(failure("States.Format()").cause())
        .contains("expected at least 1 argument but received 0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,2,3,4,5             | ,    | [\"1\",\"2\",\"3\",\"4\",\"5\"]",
        "This.is+a,test=string | .+,= | [\"This\",\"is\",\"a\",\"test\",\"string\"]",
        "' , '                 | ,    | [\" \",\" \"]",
        "' '                   | ,    | [\" \"]",
        "a,,b,                 | ,    | [\"a\",\"b\"]",
        "a-b_c                 | _-   | [\"a\",\"b\",\"c\"]"
      })
  void split_usesEachDelimiterCharacterAndDropsEmptyPieces(
      String input, String delimiters, String expected) {
    var result =
        evaluate(
            "States.StringSplit($.s, $.d)",
            "{\"s\": \"" + input + "\", \"d\": \"" + delimiters + "\"}");

    assertJson(result, expected);
  }

  @Test
  void split_withNewlineLiteral_splitsLines() {
    // GIVEN literals holding a real newline, as the JSON "Hello\nWorld" decodes to
    assertJson(evaluate("States.StringSplit('Hello\nWorld', '\n')"), "[\"Hello\", \"World\"]");
  }

  @Test
  void split_ofNumber_fails() {
    assertThat(failure("States.StringSplit(12, ',')").cause())
        .contains("argument 1 must be a string");
  }
}
