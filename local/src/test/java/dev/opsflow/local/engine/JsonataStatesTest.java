package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.functionArn;
import static dev.opsflow.local.engine.EngineHarness.secondsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;

/**
 * JSONata across the state types not covered elsewhere (Succeed, Fail, Task timeouts) and the {@code $states}
 * bindings each field sees.
 */
class JsonataStatesTest {
  private final EngineHarness harness = new EngineHarness();

  @Test
  void succeedOutput_evaluatesOverInput() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Done", "States": {"Done": {"Type": "Succeed",
          "Output": {"upper": "{% $uppercase($states.input.name) %}"}}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"name\": \"ann\"}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"upper\": \"ANN\"}"));
  }

  @Test
  void failErrorAndCause_areExpressions() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Stop", "States": {"Stop": {"Type": "Fail",
          "Error": "{% 'Order.' & $states.input.code %}", "Cause": "{% 'order ' & $states.input.id & ' refused' %}"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"code\": \"Refused\", \"id\": \"o-1\"}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("Order.Refused");
    assertThat(result.cause()).isEqualTo("order o-1 refused");
  }

  @Test
  void jsonPathFailErrorPathAndCausePath_acceptPathsAndIntrinsics() {
    // GIVEN
    String definition = """
        {"StartAt": "Stop", "States": {"Stop": {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "States.Format('because {}', $.c)"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"e\": \"error string\", \"c\": \"reasons\"}");
    // THEN
    assertThat(result.error()).isEqualTo("error string");
    assertThat(result.cause()).isEqualTo("because reasons");
  }

  @Test
  void failErrorPathMissing_failsWithStatesRuntime() {
    // GIVEN
    String definition = """
        {"StartAt": "fail", "States": {"fail": {"Type": "Fail", "ErrorPath": "$.ErrorX"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(result.cause()).endsWith("The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the input '{\"a\":1}'");
  }

  @Test
  void taskTimeoutSecondsExpression_timesOutTokenTask() {
    // GIVEN a token task whose timeout comes from the input
    harness.identity("collector");
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "TimeoutSeconds": "{% $states.input.limit %}",
          "Arguments": {"FunctionName": "collector", "Payload": {"t": "{% $states.context.Task.Token %}"}},
          "Catch": [{"ErrorEquals": ["States.Timeout"], "Output": "{% $states.errorOutput %}", "Next": "Late"}], "End": true},
          "Late": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"limit\": 42}");
    // THEN
    assertThat(secondsOf(result, "TaskTimedOut")).containsExactly(42.0);
    assertThat(result.output().path("Error").asText()).isEqualTo(StatesErrors.TIMEOUT);
  }

  @Test
  void taskAssignAndOutput_seeStatesResultAndEntryVariables() {
    // GIVEN a counter kept in a variable across two task calls
    harness.function("inc", (payload, invocation) -> Json.MAPPER.getNodeFactory().numberNode(payload.asInt() + 1));
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
          "Init": {"Type": "Pass", "Assign": {"count": 0}, "Next": "Inc1"},
          "Inc1": {"Type": "Task", "Resource": "%1$s", "Arguments": "{% $count %}",
            "Assign": {"count": "{% $states.result %}"}, "Output": {"before": "{% $count %}"}, "Next": "Inc2"},
          "Inc2": {"Type": "Task", "Resource": "%1$s", "Arguments": "{% $count %}",
            "Assign": {"count": "{% $states.result %}"}, "Output": {"before": "{% $count %}", "previous": "{% $states.input %}"},
            "Next": "Show"},
          "Show": {"Type": "Pass", "Output": {"count": "{% $count %}", "firstOutput": "{% $states.input %}"}, "End": true}}}"""
        .replace("%1$s", functionArn("inc"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"count\": 2, \"firstOutput\": {\"before\": 1, \"previous\": {\"before\": 0}}}"));
  }

  @Test
  void argumentsExpressionReturningNothing_failsWithAwsMessage() {
    // GIVEN
    harness.identity("fn");
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "State0", "States": {"State0": {"Type": "Task", "Resource": "%s",
          "Arguments": "{% $doesNotExist %}", "End": true}}}""".replace("%s", functionArn("fn"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
    assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'State0' (entered at the event id #2)."
        + " The JSONata expression '$doesNotExist' specified for the field 'Arguments' returned nothing (undefined).");
  }

  @Test
  void queryEvaluationError_canBeCaught() {
    // GIVEN a Pass whose Output fails, caught by name
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Bad", "States": {
          "Bad": {"Type": "Task", "Resource": "%s", "Output": "{% $undefinedVar %}",
            "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Output": "{% $states.errorOutput.Error %}", "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""".replace("%s", functionArn("fn"));
    harness.identity("fn");
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().asText()).isEqualTo(StatesErrors.QUERY_EVALUATION_ERROR);
  }
}
