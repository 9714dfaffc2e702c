package dev.opsflow.local.asl.intrinsic;

import static dev.opsflow.local.asl.intrinsic.IntrinsicTesting.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.path.PathContext;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Intrinsic results recorded against real AWS (the conformance corpus, cases tagged {@code
 * intrinsic:*}), copied into {@code aws-recorded-cases.json} as expression, state input and AWS's
 * result, so this test does not depend on the corpus being present.
 */
class AwsRecordedIntrinsicsTest {

  static List<Arguments> recordedCases() {
    try (InputStream in =
        AwsRecordedIntrinsicsTest.class.getResourceAsStream("aws-recorded-cases.json")) {
      List<Arguments> cases = new ArrayList<>();
      for (JsonNode recorded : Json.MAPPER.readTree(in)) {
        cases.add(
            Arguments.of(
                recorded.get("case").textValue(),
                recorded.get("expression").textValue(),
                recorded.get("input"),
                recorded.get("expected")));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordedCases")
  void recordedExpression_givesAwsResult(
      String caseId, String expression, JsonNode input, JsonNode expected) {
    // GIVEN the state input AWS ran the expression on
    PathContext context = new FakePathContext(input, Json.parse("{}"), Map.of());

    // WHEN evaluated
    JsonNode result = IntrinsicFunctions.evaluate(expression, context);

    // THEN the result is what AWS returned
    assertJson(result, Json.write(expected));
  }

  @Test
  void nestedCallsOverContextObject_pickTheLastNamePart() {
    // GIVEN the nested_calls_2 expression and a state machine name with dashes
    PathContext context =
        FakePathContext.of("{}")
            .withContextObject("{\"StateMachine\": {\"Name\": \"intake-flow-prod\"}}");
    String expression =
        "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'),"
            + " States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')),"
            + " -1))";

    // WHEN evaluated
    JsonNode result = IntrinsicFunctions.evaluate(expression, context);

    // THEN it is the last dash-separated part
    assertJson(result, "\"prod\"");
  }

  @Test
  void nestedMathAddOverVariables_roundsTheDecimalBias() {
    // GIVEN the variables of AWS's BASE_REFERENCE_IN_ITERATOR_OUTER_SCOPE run (bias 4.3)
    PathContext context =
        FakePathContext.of("9")
            .withVariable("xCurrent", "9")
            .withVariable("yCurrent", "44")
            .withVariable("zCurrent", "6")
            .withVariable("bias", "4.3");

    // WHEN summing as that state machine does
    JsonNode result =
        IntrinsicFunctions.evaluate(
            "States.MathAdd(States.MathAdd(States.MathAdd($yCurrent, $xCurrent), $zCurrent),"
                + " $bias)",
            context);

    // THEN AWS's recorded Sum, 63
    assertJson(result, "63");
  }
}
