package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import org.junit.jupiter.api.Test;

/** Choice states in both query languages: rule order, Default, no match, and per-rule Output/Assign. */
class ChoiceStateTest {
  private final EngineHarness harness = new EngineHarness();

  private static final String JSONPATH_CHOICE = """
      {"StartAt": "C", "States": {
        "C": {"Type": "Choice", "Choices": [
            {"Variable": "$.n", "NumericGreaterThan": 10, "Next": "Big"},
            {"And": [{"Variable": "$.n", "NumericGreaterThanEquals": 0}, {"Variable": "$.tag", "StringMatches": "ok*"}], "Next": "Tagged"}],
          "Default": "Other"},
        "Big": {"Type": "Pass", "Result": "big", "End": true},
        "Tagged": {"Type": "Pass", "Result": "tagged", "End": true},
        "Other": {"Type": "Pass", "Result": "other", "End": true}}}""";

  @Test
  void jsonPathRules_firstMatchingRuleWins() {
    // GIVEN input matching both rules
    // WHEN
    ExecutionResult result = harness.run(JSONPATH_CHOICE, "{\"n\": 11, \"tag\": \"okay\"}");
    // THEN
    assertThat(result.output().asText()).isEqualTo("big");
  }

  @Test
  void jsonPathRules_compoundRuleMatches() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(JSONPATH_CHOICE, "{\"n\": 3, \"tag\": \"ok-1\"}");
    // THEN
    assertThat(result.output().asText()).isEqualTo("tagged");
  }

  @Test
  void jsonPathRules_noRuleMatches_takesDefault() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(JSONPATH_CHOICE, "{\"n\": 3, \"tag\": \"nope\"}");
    // THEN
    assertThat(result.output().asText()).isEqualTo("other");
  }

  @Test
  void noMatchWithoutDefault_failsWithNoChoiceMatched() {
    // GIVEN
    String definition = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Done"}]},
          "Done": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 2}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.NO_CHOICE_MATCHED);
  }

  @Test
  void choiceOutputPath_appliesToPassedInput() {
    // GIVEN InputPath and OutputPath on a Choice
    String definition = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "InputPath": "$.inner", "OutputPath": "$.keep",
                "Choices": [{"Variable": "$.flag", "BooleanEquals": true, "Next": "Done"}]},
          "Done": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"inner\": {\"flag\": true, \"keep\": {\"v\": 1}}}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"v\": 1}"));
  }

  @Test
  void jsonataCondition_ruleOutputAndAssignApply() {
    // GIVEN a JSONata Choice whose matching rule has its own Output and Assign
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
              {"Condition": "{% $states.input.n > 5 %}", "Next": "Done",
               "Output": {"picked": "high", "n": "{% $states.input.n %}"}, "Assign": {"branch": "high"}}],
            "Default": "Done", "Output": {"picked": "default"}},
          "Done": {"Type": "Pass", "Output": "{% $merge([$states.input, {'branch': $branch}]) %}", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 9}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"picked\": \"high\", \"n\": 9, \"branch\": \"high\"}"));
  }

  @Test
  void jsonataDefault_usesStateLevelOutput() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n > 5 %}", "Next": "Done"}],
            "Default": "Done", "Output": {"picked": "default"}},
          "Done": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"picked\": \"default\"}"));
  }

  @Test
  void jsonataConditionNotBoolean_failsWithQueryEvaluationError() {
    // GIVEN a condition that yields a string
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Condition": "{% 'yes' %}", "Next": "Done"}]},
          "Done": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(result.cause()).startsWith("An error occurred while executing the state 'C' (entered at the event id #2). ");
  }
}
