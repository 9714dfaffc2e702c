package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context object ({@code $$} / {@code $states.context}) as each kind of state sees it. */
class ContextObjectTest {
  private final EngineHarness harness = new EngineHarness();

  @Test
  void jsonPathContext_hasExecutionStateAndStateMachineFields() {
    // GIVEN a Wait of 5 s, then a Pass copying the whole context object
    String definition = """
        {"StartAt": "Hold", "States": {
          "Hold": {"Type": "Wait", "Seconds": 5, "Next": "Show"},
          "Show": {"Type": "Pass", "Parameters": {"context.$": "$$"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.engine.run(harness.machine(definition), "exec-7", "{\"in\": true}");
    // THEN
    JsonNode context = result.output().path("context");
    assertThat(context.path("Execution").path("Id").asText())
        .isEqualTo("arn:aws:states:us-east-1:111111111111:execution:machine-1:exec-7");
    assertThat(context.path("Execution").path("Name").asText()).isEqualTo("exec-7");
    assertThat(canonical(context.path("Execution").path("Input"))).isEqualTo("{\"in\":true}");
    assertThat(context.path("Execution").path("StartTime").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(context.path("Execution").path("RoleArn").asText()).startsWith("arn:aws:iam::111111111111:role/");
    assertThat(context.path("Execution").path("RedriveCount").asInt()).isZero();
    assertThat(context.path("State").path("Name").asText()).isEqualTo("Show");
    assertThat(context.path("State").path("EnteredTime").asText()).isEqualTo("2026-01-01T00:00:05.000Z");
    assertThat(context.path("State").has("RetryCount")).as("Pass states carry no RetryCount").isFalse();
    assertThat(context.path("StateMachine").path("Id").asText())
        .isEqualTo("arn:aws:states:us-east-1:111111111111:stateMachine:machine-1");
    assertThat(context.path("StateMachine").path("Name").asText()).isEqualTo("machine-1");
    assertThat(context.has("Task")).isFalse();
  }

  @Test
  void taskState_seesRetryCountInContext() {
    // GIVEN
    List<JsonNode> seen = new ArrayList<>();
    harness.function("probe", (payload, invocation) -> {
      seen.add(payload);
      return payload;
    });
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
          "Parameters": {"state.$": "$$.State"}, "End": true}}}""".formatted(EngineHarness.functionArn("probe"));
    // WHEN
    harness.run(definition, "{}");
    // THEN
    assertThat(seen.getFirst().path("state").path("Name").asText()).isEqualTo("T");
    assertThat(seen.getFirst().path("state").path("RetryCount").asInt()).isZero();
  }

  @Test
  void jsonataContext_isStatesContext() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Pass",
          "Output": {"name": "{% $states.context.Execution.Name %}", "state": "{% $states.context.State.Name %}",
                     "input": "{% $states.context.Execution.Input %}"}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.engine.run(harness.machine(definition), "nata", "{\"x\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"name\": \"nata\", \"state\": \"S\", \"input\": {\"x\": 1}}"));
  }

  @Test
  void mapItemContext_inItemSelector_andExecutionContextInIterations() {
    // GIVEN an ItemSelector using $$.Map.Item and a processor state reading the context
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value"},
          "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Pass",
            "Parameters": {"item.$": "$", "state.$": "$$.State.Name", "execution.$": "$$.Execution.Name"}, "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "[{\"k\": 1}]");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical(
        "[{\"item\": {\"index\": 0, \"value\": {\"k\": 1}}, \"state\": \"Inner\", \"execution\": \"run-1\"}]"));
  }
}
