package dev.opsflow.local.asl.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultPathsTest {
  private static final JsonNode RESULT = Json.parse("{\"r\": 1}");

  @Test
  void dollar_replacesInputWithResult() {
    // GIVEN / WHEN
    JsonNode output = ResultPaths.apply(Json.parse("{\"a\": 1}"), "$", RESULT);
    // THEN
    assertThat(output).isEqualTo(RESULT);
  }

  @Test
  void nullResultPath_discardsResultAndKeepsInput() {
    // GIVEN / WHEN
    JsonNode output = ResultPaths.apply(Json.parse("{\"a\": 1}"), null, RESULT);
    // THEN
    assertThat(output).isEqualTo(Json.parse("{\"a\": 1}"));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": 1} | $.final | {\"a\": 1, \"final\": {\"r\": 1}}",
        "{\"a\": 1} | $.a | {\"a\": {\"r\": 1}}",
        "{} | $.detail.shipped_output | {\"detail\": {\"shipped_output\": {\"r\": 1}}}",
        "{\"detail\": {\"x\": 2}} | $.detail.y | {\"detail\": {\"x\": 2, \"y\": {\"r\": 1}}}",
        "{\"detail\": null} | $.detail.y | {\"detail\": {\"y\": {\"r\": 1}}}",
        "{} | $['odd key'].b | {\"odd key\": {\"b\": {\"r\": 1}}}",
        "{\"list\": [0, 1]} | $.list[1] | {\"list\": [0, {\"r\": 1}]}",
        "{\"list\": [{\"a\": 0}]} | $.list[0].b | {\"list\": [{\"a\": 0, \"b\": {\"r\": 1}}]}",
      })
  void referencePath_writesResultIntoCopyOfInput(String input, String resultPath, String expected) {
    // GIVEN
    JsonNode stateInput = Json.parse(input);
    JsonNode before = stateInput.deepCopy();
    // WHEN
    JsonNode output = ResultPaths.apply(stateInput, resultPath, RESULT);
    // THEN
    assertThat(output).isEqualTo(Json.parse(expected));
    assertThat(stateInput).isEqualTo(before);
  }

  @ParameterizedTest(name = "{1} on {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"text\" | $.a",
        "[1, 2] | $.a",
        "{\"a\": 5} | $.a.b",
        "{\"list\": [0]} | $.list[3]",
        "{\"a\": {}} | $.a[0]",
      })
  void pathThatCannotBeApplied_failsWithResultPathMatchFailure(String input, String resultPath) {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> ResultPaths.apply(Json.parse(input), resultPath, RESULT))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo("States.ResultPathMatchFailure");
              assertThat(e.cause()).contains(resultPath);
            });
  }
}
