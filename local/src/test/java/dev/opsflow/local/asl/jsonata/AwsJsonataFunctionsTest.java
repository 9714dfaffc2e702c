package dev.opsflow.local.asl.jsonata;

import static dev.opsflow.local.asl.jsonata.JsonataTestData.input;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AwsJsonataFunctionsTest {
  private final JsonataEvaluator evaluator = new JsonataEvaluator();

  private JsonNode eval(String expression, String inputJson) {
    return evaluator.evaluate("Output", json("\"{% " + expression + " %}\""), input(inputJson));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[0]|1|[[0]]",
        "[0]|4|[[0]]",
        "[0,1]|1|[[0],[1]]",
        "[0,1]|2|[[0,1]]",
        "[0,1]|5|[[0,1]]",
        "[0,1,2]|2|[[0,1],[2]]",
        "[0,1,2]|3|[[0,1,2]]",
        "[0,1,2,3]|1|[[0],[1],[2],[3]]",
        "[0,1,2,3]|4|[[0,1,2,3]]",
        "[1,2,3,4,5,6,7,8,9]|3|[[1,2,3],[4,5,6],[7,8,9]]"
      })
  void partition_chunksAsAwsRecorded(String array, String size, String expected) {
    // GIVEN an array and a chunk size from AWS's recordings
    String in = "{\"FunctionInput\":{\"fst\":" + array + ",\"snd\":" + size + "}}";

    // WHEN partitioned
    JsonNode result = eval("$partition($states.input.FunctionInput.fst, $states.input.FunctionInput.snd)", in);

    // THEN the chunks match
    assertThat(result).isEqualTo(json(expected));
  }

  @Test
  void partitionWithNonPositiveSize_fails() {
    // GIVEN a chunk size of zero
    // WHEN partitioned THEN an evaluation error is raised
    assertThatThrownBy(() -> eval("$partition([1,2], 0)", "{}"))
        .isInstanceOf(StatesException.class)
        .hasMessageContaining("threw an error during evaluation.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0|9|3|[0,3,6,9]", "0|10|3|[0,3,6,9]", "1|9|9|1", "1|9|2|[1,3,5,7,9]", "0|10|2|[0,2,4,6,8,10]",
        "5|1|-2|[5,3,1]"})
  void range_countsInclusivelyAndUnwrapsSingleValue(String start, String end, String step, String expected) {
    // GIVEN a range from AWS's recordings (a single value is unwrapped, as AWS returned 1 for (1, 9, 9))
    String in = "{\"FunctionInput\":{\"fst\":" + start + ",\"snd\":" + end + ",\"trd\":" + step + "}}";

    // WHEN generated
    JsonNode result =
        eval(
            "$range($states.input.FunctionInput.fst, $states.input.FunctionInput.snd,"
                + " $states.input.FunctionInput.trd)",
            in);

    // THEN it matches, as exact JSON text (integers, no fractions)
    assertThat(result.toString()).isEqualTo(expected);
  }

  @Test
  void rangeWithZeroStep_fails() {
    // GIVEN a zero step WHEN evaluated THEN an evaluation error is raised instead of looping forever
    assertThatThrownBy(() -> eval("$range(1, 5, 0)", "{}")).hasMessageContaining("threw an error during evaluation.");
  }

  @ParameterizedTest
  @CsvSource({
    "MD5,5eb63bbbe01eeed093cb22bb8f5acdc3",
    "SHA-1,2aae6c35c94fcfb415dbe95f408b9ce91ee846ed",
    "SHA-256,b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
    "SHA-384,fdbd8e75a67f29f701a4e040385e2e23986303ea10239211af907fcbb83578b3e417cb71ce646efd0819dd8c088de1bd",
    "SHA-512,309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"
  })
  void hash_returnsLowercaseHex(String algorithm, String expected) {
    // GIVEN "hello world" and an algorithm
    // WHEN hashed THEN the hex digest is returned
    assertThat(eval("$hash('hello world', '" + algorithm + "')", "{}").textValue()).isEqualTo(expected);
  }

  @Test
  void hashWithUnknownAlgorithm_fails() {
    // GIVEN an unsupported algorithm WHEN hashed THEN an evaluation error is raised
    assertThatThrownBy(() -> eval("$hash('x', 'SHA-3')", "{}"))
        .hasMessageContaining("threw an error during evaluation. The $hash function's algorithm must be one of");
  }

  @Test
  void randomWithSeed_isRepeatableAndInUnitInterval() {
    // GIVEN a seed
    // WHEN drawing twice with it and once without
    double first = eval("$random($states.input.seed)", "{\"seed\":42}").doubleValue();
    double second = eval("$random(42)", "{}").doubleValue();
    double unseeded = eval("$random()", "{}").doubleValue();

    // THEN the seeded values agree and all lie in [0, 1)
    assertThat(first).isEqualTo(second).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    assertThat(unseeded).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    assertThat(eval("$random(43)", "{}").doubleValue()).isNotEqualTo(first);
  }

  @Test
  void uuid_isVersion4() {
    // GIVEN / WHEN two UUIDs are generated
    String one = eval("$uuid()", "{}").textValue();
    String two = eval("$uuid()", "{}").textValue();

    // THEN both are random (version 4) UUIDs and differ
    assertThat(one).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(one).isNotEqualTo(two);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-0|0",
        "1|1",
        "1.1|1.1",
        "true|true",
        "\"HelloWorld\"|\"HelloWorld\"",
        "[1, 2, \"HelloWorld\"]|[1,2,\"HelloWorld\"]",
        "{\"Arg1\": 1, \"Arg2\": []}|{\"Arg1\":1,\"Arg2\":[]}"
      })
  void parse_returnsValueAsAwsRecorded(String text, String expectedJsonText) {
    // GIVEN a JSON text in the input (AWS's recorded inputs and outputs)
    JsonNode in = json("{}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) in).put("FunctionInput", text);

    // WHEN parsed
    JsonNode result = eval("$parse($states.input.FunctionInput)", in.toString());

    // THEN the value is the parsed JSON, written as AWS wrote it
    assertThat(result.toString()).isEqualTo(expectedJsonText);
  }

  @Test
  void parseOfInvalidJson_fails() {
    // GIVEN text that is not JSON WHEN parsed THEN an evaluation error is raised
    assertThatThrownBy(() -> eval("$parse('{nope')", "{}"))
        .hasMessageContaining("threw an error during evaluation. The $parse function could not parse");
  }
}
