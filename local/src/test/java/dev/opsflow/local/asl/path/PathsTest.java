package dev.opsflow.local.asl.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathsTest {
  private static final JsonNode INPUT =
      Json.parse("{\"arr\": [1, 2], \"input\": {\"waitSeconds\": 5}, \"list\": [1]}");
  private final DataContext ctx =
      new DataContext(
          INPUT,
          Json.parse("{\"Execution\": {\"Input\": [7]}}"),
          name -> name.equals("answer") ? Json.parse("\"yes\"") : null);

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "InputPath | $.arr | [1,2]",
        "OutputPath | $.input.waitSeconds | 5",
        "ItemsPath | $$.Execution.Input | [7]",
        "InputPath | $answer | \"yes\"",
        "InputPath | $.arr[*] | [1,2]",
        "SecondsPath | $.input.waitSeconds | 5",
      })
  void presentPath_selectsValue(String field, String path, String expectedJson) {
    // GIVEN the input above / WHEN
    JsonNode value = Paths.select(field, path, ctx);
    // THEN
    assertThat(value).isEqualTo(Json.parse(expectedJson));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "InputPath | $.NoSuchInputPath | Invalid path '$.NoSuchInputPath' : No results for path:"
            + " $['NoSuchInputPath']",
        "OutputPath | $.no.such.result.path | Invalid path '$.no.such.result.path' : Missing"
            + " property in path $['no']",
        "InputPath | $.list.length() | Invalid path '$.list.length()' : Property ['length()'] not"
            + " found in path $['list']",
        "OutputPath | $.arr[5] | Invalid path '$.arr[5]' : No results for path: $['arr'][5]",
        "SecondsPath | $.input.waitSecondz | The SecondsPath parameter does not reference an input"
            + " value: $.input.waitSecondz",
        "TimestampPath | $.TimestampValue | The TimestampPath parameter does not reference an input"
            + " value: $.TimestampValue",
      })
  void missingPath_failsWithFieldSpecificMessage(String field, String path, String cause) {
    // GIVEN the input above / WHEN / THEN
    assertThatThrownBy(() -> Paths.select(field, path, ctx))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.Runtime");
              assertThat(e.cause()).isEqualTo(cause);
            });
  }

  @Test
  void missingErrorPath_namesFieldAndInput() {
    // GIVEN
    DataContext failing =
        new DataContext(Json.parse("{\"Error\":\"E\"}"), Json.MAPPER.createObjectNode(), n -> null);
    // WHEN / THEN
    assertThatThrownBy(() -> Paths.select("ErrorPath", "$.ErrorX", failing))
        .isInstanceOfSatisfying(
            StatesException.class,
            e ->
                assertThat(e.cause())
                    .isEqualTo(
                        "The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be"
                            + " found in the input '{\"Error\":\"E\"}'"));
  }

  @Test
  void otherPathContext_delegatesToItsResolve() {
    // GIVEN a context that is not a DataContext
    PathContext fixed = path -> Json.parse("\"" + path + "\"");
    // WHEN
    JsonNode value = Paths.select("InputPath", "$.x", fixed);
    // THEN
    assertThat(value.asText()).isEqualTo("$.x");
  }
}
