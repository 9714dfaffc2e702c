package dev.opsflow.local.asl.validate;

import static dev.opsflow.local.asl.validate.Validations.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLanguageRulesTest {
  private static final String ONLY_JSONPATH =
      "The QueryLanguage is set to 'JSONata', but field '%s' is only supported for the 'JSONPath' QueryLanguage";
  private static final String ONLY_JSONATA =
      "The QueryLanguage is set to 'JSONPath', but field '%s' is only supported for the 'JSONata' QueryLanguage";
  private static final String ENUM = "Value should be one of the following: [JSONPath, JSONata]";

  @Test
  void jsonPathFieldsInJsonataState_reportedAtTheStateInFixedOrder() {
    // GIVEN a JSONata Pass with three JSONPath-only fields written in another order
    String definition =
        """
        {"QueryLanguage": "JSONata", "StartAt": "X", "States": {"X": {"Type": "Pass", "End": true,
          "ResultPath": "$.c", "InputPath": "$.a", "OutputPath": "$.b"}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema(ONLY_JSONPATH.formatted("InputPath"), "/States/X"),
        schema(ONLY_JSONPATH.formatted("OutputPath"), "/States/X"),
        schema(ONLY_JSONPATH.formatted("ResultPath"), "/States/X"));
  }

  @Test
  void jsonataFieldsInJsonPathState_reportedAtTheState() {
    // GIVEN a JSONPath Task with Output and Arguments, and a JSONPath Map with Items
    String definition =
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Output": {"v": 1},
                "Arguments": {"payload": "literal"}, "Next": "M"},
          "M": {"Type": "Map", "Items": [1], "ItemProcessor": {"StartAt": "P", "States": {
                "P": {"Type": "Pass", "End": true}}}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema(ONLY_JSONATA.formatted("Output"), "/States/T"),
        schema(ONLY_JSONATA.formatted("Arguments"), "/States/T"),
        schema(ONLY_JSONATA.formatted("Items"), "/States/M"));
  }

  @Test
  void itemProcessorStates_inheritTheMachineLanguageNotTheMaps() {
    // GIVEN a JSONPath machine whose JSONata Map holds a Pass using Output without its own QueryLanguage
    String definition =
        """
        {"QueryLanguage": "JSONPath", "StartAt": "M", "States": {"M": {"Type": "Map", "QueryLanguage": "JSONata",
          "ItemProcessor": {"StartAt": "P", "States": {
            "P": {"Type": "Pass", "Output": {"doubled": "{% $states.input.n * 2 %}"}, "End": true}}},
          "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition))
        .containsExactly(schema(ONLY_JSONATA.formatted("Output"), "/States/M/ItemProcessor/States/P"));
  }

  @Test
  void jsonataStateInJsonPathMachine_isAccepted() {
    // GIVEN an upgrade of one state to JSONata, with a JSONata Map using Items and Output
    String definition =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "QueryLanguage": "JSONata", "Items": "{% [1, 2] %}",
          "Output": {"count": "{% $count($states.result) %}"}, "MaxConcurrency": "{% 2 %}",
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).isEmpty();
  }

  @Test
  void downgradeOfOneState_isTheWholeAnswerForItsFields() {
    // GIVEN a JSONPath state carrying Output inside a JSONata machine
    String definition =
        """
        {"QueryLanguage": "JSONata", "StartAt": "X", "States": {"X": {"Type": "Pass",
          "QueryLanguage": "JSONPath", "Output": {"v": "{% 1 %}"}, "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(schema(
        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", "/States/X"));
  }

  @Test
  void lowercaseQueryLanguage_resolvesToJsonataAndIsReportedAtTheField() {
    // GIVEN "jsonata" on a state that also carries InputPath
    String definition =
        """
        {"StartAt": "X", "States": {"X": {"Type": "Pass", "QueryLanguage": "jsonata",
          "Output": {"v": "{% 1 %}"}, "InputPath": "$.a", "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema(ONLY_JSONPATH.formatted("InputPath"), "/States/X"),
        schema(ENUM, "/States/X/QueryLanguage"));
  }

  @Test
  void nonStringTopLevelQueryLanguage_isATypeError() {
    // GIVEN QueryLanguage 5
    String definition = "{\"QueryLanguage\":5,\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Pass\",\"End\":true}}}";
    // WHEN / THEN
    assertThat(Validations.of(definition))
        .containsExactly(schema("Expected value of type [STRING]", "/QueryLanguage"));
  }

  @Test
  void queryLanguageOnItemProcessorOrBranch_isNotSupported() {
    // GIVEN QueryLanguage on an ItemProcessor and on a branch
    String definition =
        """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "ItemProcessor": {"QueryLanguage": "JSONata", "StartAt": "P",
                "States": {"P": {"Type": "Pass", "End": true}}}, "Next": "PAR"},
          "PAR": {"Type": "Parallel", "Branches": [{"QueryLanguage": "JSONata", "StartAt": "Q",
                "States": {"Q": {"Type": "Pass", "End": true}}}], "End": true}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema("Field 'QueryLanguage' is not supported", "/States/M/ItemProcessor"),
        schema("Field 'QueryLanguage' is not supported", "/States/PAR/Branches[0]"));
  }

  @Test
  void jsonPathChoiceRuleInJsonataState_isReportedPerField() {
    // GIVEN a JSONata Choice whose rule is written the JSONPath way
    String definition =
        """
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "BooleanEquals": true, "Next": "D"}],
                "Default": "D"},
          "D": {"Type": "Succeed"}}}
        """;
    // WHEN / THEN
    assertThat(Validations.of(definition)).containsExactly(
        schema(ONLY_JSONPATH.formatted("Variable"), "/States/C/Choices[0]"),
        schema(ONLY_JSONPATH.formatted("BooleanEquals"), "/States/C/Choices[0]"),
        schema("These fields are required: [Condition]", "/States/C/Choices[0]"));
  }
}
