package dev.opsflow.local.asl.jsonata;

import static dev.opsflow.local.asl.jsonata.JsonataTestData.input;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataValuesTest {
  private final JsonataEvaluator evaluator = new JsonataEvaluator();

  private String evalText(String expression, String inputJson) {
    return Json.write(evaluator.evaluate("Output", json("\"{% " + expression + " %}\""), input(inputJson)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.0|1",
        "10/5|2",
        "10/4|2.5",
        "0.1 + 0.2|0.30000000000000004",
        "2147483647 + 1|2147483648",
        "$states.input.big|12345678901234567000",
        "$states.input.dec|1.5",
        "$states.input.whole|2",
        "-0.0|0",
        "1e20|100000000000000000000",
        "$states.input.small|1.0E-7"
      })
  void numbers_arePrintedAsJavaScriptDoes(String expression, String expected) {
    // GIVEN numbers that JavaScript prints without fraction, with shortest digits, or rounded to a double
    String in = "{\"big\":12345678901234567890,\"dec\":1.50,\"whole\":2.0,\"small\":0.0000001}";

    // WHEN evaluated
    // THEN the JSON text is the expected one
    assertThat(evalText(expression, in)).isEqualTo(expected);
  }

  @Test
  void integralResult_isIntegerNode() {
    // GIVEN an integral arithmetic result
    JsonNode result = evaluator.evaluate("Output", json("\"{% 3 * 1.0 %}\""), input("{}"));

    // WHEN / THEN it equals the node Json.MAPPER parses for "3"
    assertThat(result).isEqualTo(json("3"));
  }

  @Test
  void jsonNull_isKeptApartFromUndefined() {
    // GIVEN an input with an explicit null
    String in = "{\"n\":null,\"list\":[1,null]}";

    // WHEN reading, testing and building nulls
    // THEN null stays null and compares equal to null
    assertThat(evalText("$states.input.n", in)).isEqualTo("null");
    assertThat(evalText("$states.input.n = null", in)).isEqualTo("true");
    assertThat(evalText("$exists($states.input.n)", in)).isEqualTo("true");
    assertThat(evalText("$states.input.list", in)).isEqualTo("[1,null]");
    assertThat(evalText("{'a': null, 'b': $states.input.missing}", in)).isEqualTo("{\"a\":null}");
    assertThat(evalText("$states.input", in)).isEqualTo("{\"n\":null,\"list\":[1,null]}");
  }

  @Test
  void objectMemberOrder_isPreserved() {
    // GIVEN an input object with keys out of alphabetical order
    // WHEN passed through THEN the order is kept
    assertThat(evalText("$states.input", "{\"z\":1,\"a\":2,\"m\":{\"y\":1,\"b\":2}}"))
        .isEqualTo("{\"z\":1,\"a\":2,\"m\":{\"y\":1,\"b\":2}}");
  }
}
