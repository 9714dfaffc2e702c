package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import org.junit.jupiter.api.Test;

/** Pass states and the JSONPath input/output processing chain, plus JSONata Pass. */
class PassStateTest {
  private final EngineHarness harness = new EngineHarness();

  @Test
  void passWithoutFields_outputsItsInput() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"a\": 1}"));
  }

  @Test
  void resultWithResultPath_mergesIntoInput() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"x": [1, 2]}, "ResultPath": "$.added", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"a\": 1, \"added\": {\"x\": [1, 2]}}"));
  }

  @Test
  void inputPathParametersResultPathOutputPath_applyInAwsOrder() {
    // GIVEN InputPath narrows to $.order, Parameters reshapes it, ResultPath puts the result beside the raw input
    // and OutputPath selects from the combined document
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass",
          "InputPath": "$.order",
          "Parameters": {"id.$": "$.id", "doubled.$": "States.MathAdd($.qty, $.qty)", "fixed": "yes",
                         "execution.$": "$$.Execution.Name"},
          "ResultPath": "$.shaped",
          "OutputPath": "$.shaped",
          "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"order\": {\"id\": \"o-1\", \"qty\": 4}, \"other\": true}");
    // THEN
    assertThat(canonical(result.output()))
        .isEqualTo(canonical("{\"id\": \"o-1\", \"doubled\": 8, \"fixed\": \"yes\", \"execution\": \"run-1\"}"));
  }

  @Test
  void resultPathNull_discardsResultAndKeepsInput() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "ignored", "ResultPath": null, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"keep\": \"me\"}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"keep\": \"me\"}"));
  }

  @Test
  void inputPathAndOutputPathNull_giveEmptyObjects() {
    // GIVEN two states: the first sees {} as input (InputPath null), the second outputs {} (OutputPath null)
    String definition = """
        {"StartAt": "First", "States": {
          "First": {"Type": "Pass", "InputPath": null, "ResultPath": "$.seen", "Next": "Second"},
          "Second": {"Type": "Pass", "OutputPath": null, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN
    assertThat(canonical(EngineHarness.exitedOutput(result, "First"))).isEqualTo(canonical("{\"a\": 1, \"seen\": {}}"));
    assertThat(canonical(result.output())).isEqualTo("{}");
  }

  @Test
  void parametersPathMissingInInput_failsWithStatesRuntime() {
    // GIVEN a Parameters path that the input does not have
    String definition = """
        {"StartAt": "pass", "States": {"pass": {"Type": "Pass", "Parameters": {"value.$": "$.no_such_jsonpath"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN the message is AWS's
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause())
        .isEqualTo("An error occurred while executing the state 'pass' (entered at the event id #2). The JSONPath"
            + " '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"a\":1}'");
  }

  @Test
  void outputPathMissing_failsWithAwsInvalidPathMessage() {
    // GIVEN
    String definition = """
        {"StartAt": "pass", "States": {"pass": {"Type": "Pass", "OutputPath": "$.NoSuchOutputPath", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause())
        .endsWith("Invalid path '$.NoSuchOutputPath' : No results for path: $['NoSuchOutputPath']");
  }

  @Test
  void jsonataPass_outputEvaluatesOverStatesInput() {
    // GIVEN a JSONata machine
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
          "Output": {"sum": "{% $sum($states.input.values) %}", "name": "{% $states.context.State.Name %}"},
          "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"values\": [1, 2, 3.5]}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"sum\": 6.5, \"name\": \"P\"}"));
  }

  @Test
  void jsonataPassWithoutOutput_passesInputOn() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"k\": [true]}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"k\": [true]}"));
  }

  @Test
  void mixedQueryLanguages_jsonPathMachineWithJsonataState_eachUsesItsOwn() {
    // GIVEN a JSONPath machine whose second state opts into JSONata
    String definition = """
        {"StartAt": "Path", "States": {
          "Path": {"Type": "Pass", "Parameters": {"n.$": "$.n"}, "Next": "Nata"},
          "Nata": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input.n * 10 %}", "Next": "Back"},
          "Back": {"Type": "Pass", "Parameters": {"value.$": "$"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 4, \"drop\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"value\": 40}"));
  }
}
