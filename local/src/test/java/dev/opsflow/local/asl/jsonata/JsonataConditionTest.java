package dev.opsflow.local.asl.jsonata;

import static dev.opsflow.local.asl.jsonata.JsonataTestData.bindings;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.input;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.asl.StatesException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataConditionTest {
  private final JsonataEvaluator evaluator = new JsonataEvaluator();

  @Test
  void awsDocsChoiceScenario_picksValueInTwenties() {
    // GIVEN the recorded input of AWS's Choice example
    JsonataBindings bindings = input("{\"type\":\"Private\",\"value\":22}");

    // WHEN each rule's Condition is evaluated
    // THEN only the third matches, as AWS chose ValueInTwenties
    assertThat(evaluator.condition("Condition", "{% $not($states.input.type = 'Private') %}", bindings)).isFalse();
    assertThat(evaluator.condition("Condition", "{% $states.input.value = 0 %}", bindings)).isFalse();
    assertThat(
            evaluator.condition(
                "Condition", "{% $states.input.value >= 20 and $states.input.value < 30 %}", bindings))
        .isTrue();
  }

  @Test
  void booleanMember_isCondition() {
    // GIVEN a recorded result.done flag
    // WHEN used directly and negated THEN each matches its branch
    assertThat(evaluator.condition("Condition", "{% $states.input.result.done %}", input("{\"result\":{\"done\":true}}")))
        .isTrue();
    assertThat(
            evaluator.condition(
                "Condition", "{% $not($states.input.result.done) %}", input("{\"result\":{\"done\":false}}")))
        .isTrue();
  }

  @Test
  void variablesAndLiteralBoolean_areAccepted() {
    // GIVEN a variable and a literal condition
    // WHEN evaluated THEN both work
    assertThat(evaluator.condition("Condition", "{% $var = '\"' %}", bindings("{}", Map.of("var", "\"\\\"\""))))
        .isTrue();
    assertThat(evaluator.condition("Condition", json("true"), input("{}"))).isTrue();
  }

  @Test
  void nonBooleanResult_failsWithExpectedBoolean() {
    // GIVEN a condition producing a string
    // WHEN evaluated THEN AWS's unexpected-type shape names 'boolean'
    assertThatThrownBy(() -> evaluator.condition("Condition", "{% $states.input.name %}", input("{\"name\":\"x\"}")))
        .isInstanceOf(StatesException.class)
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$states.input.name' specified for the field 'Condition' returned an unexpected"
                + " result type. Expected 'boolean', but was 'string' for value: \"x\"");
  }

  @Test
  void undefinedCondition_failsAsUndefined() {
    // GIVEN a condition on a missing member
    // WHEN evaluated THEN it fails as undefined rather than being false
    assertThatThrownBy(() -> evaluator.condition("Condition", "{% $states.input.missing %}", input("{}")))
        .extracting(JsonataTestData::causeOf)
        .isEqualTo(
            "The JSONata expression '$states.input.missing' specified for the field 'Condition' returned nothing"
                + " (undefined).");
  }
}
