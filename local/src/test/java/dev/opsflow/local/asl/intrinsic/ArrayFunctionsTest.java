package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.assertJson;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.evaluate;
import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayFunctionsTest {

  @Test
  void array_collectsArgumentsOfAnyType() {
    // WHEN building an array from literals and a path
    JsonNode result =
        evaluate("States.Array('a', 1, 2.5, true, null, $.obj)", "{\"obj\": {\"k\": []}}");

    // THEN every value is kept in order
    assertJson(result, "[\"a\", 1, 2.5, true, null, {\"k\": []}]");
  }

  @Test
  void array_withoutArguments_isEmpty() {
    assertJson(evaluate("States.Array()"), "[]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1,2,3,4,5,6,7,8,9] | 4   | [[1,2,3,4],[5,6,7,8],[9]]",
        "[0,1,2]             | 2   | [[0,1],[2]]",
        "[0,1]               | 5   | [[0,1]]",
        "[]                  | 3   | []",
        "[0,1,2,3]           | 1.5 | [[0,1],[2,3]]"
      })
  void partition_splitsIntoChunks(String array, String chunk, String expected) {
    // WHEN partitioning (a decimal chunk size is rounded)
    JsonNode result =
        evaluate("States.ArrayPartition($.a, $.n)", "{\"a\": " + array + ", \"n\": " + chunk + "}");

    // THEN the chunks have the size, the last one shorter
    assertJson(result, expected);
  }

  @Test
  void partition_withNonPositiveChunk_fails() {
    // WHEN the chunk size is zero
    StatesException failure = failure("States.ArrayPartition($.a, 0)", "{\"a\": [1]}");

    // THEN it is an intrinsic failure naming the argument
    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause()).contains("States.ArrayPartition").contains("argument 2");
  }

  @Test
  void partition_ofNonArray_fails() {
    StatesException failure = failure("States.ArrayPartition('abc', 1)");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause()).contains("argument 1 must be an array");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[[1,2,3],2]    | [1,2,3] | true",
        "[1,2,3]        | 2.0     | true",
        "[{\"a\":1,\"b\":2}] | {\"b\":2,\"a\":1} | true",
        "[]             | null    | false",
        "[{\"1\":2}]    | []      | false",
        "[null]         | null    | true"
      })
  void contains_comparesByJsonValue(String array, String wanted, boolean expected) {
    // WHEN looking for a value
    JsonNode result =
        evaluate("States.ArrayContains($.a, $.v)", "{\"a\": " + array + ", \"v\": " + wanted + "}");

    // THEN numbers compare by value and objects ignore member order
    assertThat(result.booleanValue()).isEqualTo(expected);
  }

  @Test
  void contains_withOneArgument_failsOnCount() {
    StatesException failure = failure("States.ArrayContains($.a)", "{\"a\": []}");

    assertThat(failure.cause()).contains("expected 2 arguments but received 1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1, 9, 2     | [1,3,5,7,9]",
        "0, 9, 3     | [0,3,6,9]",
        "1, 9, 9     | [1]",
        "9, 1, -4    | [9,5,1]",
        "5, 1, 1     | []",
        "0.5, 2.4, 1 | [1,2]"
      })
  void range_countsFromFirstToLastInclusive(String arguments, String expected) {
    assertJson(evaluate("States.ArrayRange(" + arguments + ")"), expected);
  }

  @Test
  void range_ofExactlyAThousandItems_isAllowed() {
    assertThat(evaluate("States.ArrayRange(1, 1000, 1)").size()).isEqualTo(1000);
  }

  @Test
  void range_overAThousandItems_fails() {
    StatesException failure = failure("States.ArrayRange(0, 1000, 1)");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause()).contains("1001 items").contains("1000");
  }

  @Test
  void range_withZeroStep_fails() {
    assertThat(failure("States.ArrayRange(1, 5, 0)").cause())
        .contains("argument 3 must be a non-zero step");
  }

  @Test
  void range_withStringBound_fails() {
    assertThat(failure("States.ArrayRange('1', 5, 1)").cause())
        .contains("argument 1 must be a number");
  }

  @Test
  void getItem_returnsTheZeroBasedElement() {
    assertJson(evaluate("States.ArrayGetItem($.a, 5)", "{\"a\": [1,2,3,4,5,6,7,8,9]}"), "6");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"3 | out of bounds", "-1 | out of bounds", "1.5 | must be an integer"})
  void getItem_withBadIndex_fails(String index, String message) {
    StatesException failure =
        failure("States.ArrayGetItem($.a, " + index + ")", "{\"a\": [1,2,3]}");

    assertThat(failure.error()).isEqualTo(StatesErrors.INTRINSIC_FAILURE);
    assertThat(failure.cause()).contains(message);
  }

  @Test
  void length_countsElements() {
    assertJson(evaluate("States.ArrayLength($)", "[1,2,3,4,5,6,7,8,9]"), "9");
  }

  @Test
  void length_ofObject_fails() {
    assertThat(failure("States.ArrayLength($)", "{}").cause()).contains("must be an array");
  }

  @Test
  void unique_keepsFirstOccurrences() {
    assertJson(
        evaluate("States.ArrayUnique($.a)", "{\"a\": [1,2,2,3,3,4,1.0,\"1\",{\"x\":1},{\"x\":1}]}"),
        "[1,2,3,4,\"1\",{\"x\":1}]");
  }

  @Test
  void unique_withTwoArguments_fails() {
    assertThat(failure("States.ArrayUnique($.a, $.a)", "{\"a\": []}").cause())
        .contains("expected 1 argument but received 2");
  }
}
