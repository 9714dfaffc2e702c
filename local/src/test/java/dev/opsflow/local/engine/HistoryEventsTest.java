package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** History events: AWS's types and order, contiguous ids, and previousEventId links to earlier events. */
class HistoryEventsTest {
  private final EngineHarness harness = new EngineHarness();

  private static void assertWellFormed(ExecutionResult result) {
    List<ObjectNode> history = result.history();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < history.size(); i++) {
      ObjectNode event = history.get(i);
      long id = event.path("id").asLong();
      long previous = event.path("previousEventId").asLong();
      assertThat(id).as("id of event %d", i).isEqualTo(i + 1L);
      assertThat(previous).as("previousEventId of event %d", id).isLessThan(id);
      if (previous > 0) {
        assertThat(seen).as("previousEventId of event %d names an earlier event", id).contains(previous);
      }
      assertThat(event.path("timestamp").asText()).isNotBlank();
      seen.add(id);
    }
  }

  @Test
  void sequentialStates_eventTypesInAwsOrder() {
    // GIVEN
    String definition = """
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Wait", "Seconds": 1, "Next": "C"},
          "C": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"x\": 1}");
    // THEN
    assertThat(types(result)).containsExactly(
        "ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered", "WaitStateExited",
        "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded");
    assertWellFormed(result);
    ObjectNode started = result.history().getFirst();
    assertThat(started.path("previousEventId").asLong()).isZero();
    assertThat(Json.parse(started.path("executionStartedEventDetails").path("input").asText()).path("x").asInt()).isEqualTo(1);
    ObjectNode entered = events(result, "PassStateEntered").getFirst();
    assertThat(entered.path("stateEnteredEventDetails").path("name").asText()).isEqualTo("A");
    assertThat(entered.path("previousEventId").asLong()).isEqualTo(1);
  }

  @Test
  void failedTask_eventTypesInAwsOrder() {
    // GIVEN
    harness.function("boom", (payload, invocation) -> {
      throw EngineHarness.error("Boom", "bang");
    });
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}""".formatted(EngineHarness.functionArn("boom"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(types(result)).containsExactly(
        "ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionFailed",
        "ExecutionFailed");
    assertWellFormed(result);
    ObjectNode failed = events(result, "ExecutionFailed").getFirst();
    assertThat(failed.path("executionFailedEventDetails").path("error").asText()).isEqualTo("Boom");
  }

  @Test
  void failingMapIteration_historyStaysWellFormed() {
    // GIVEN iterations that wait, the second of which then fails
    String definition = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
          "ItemProcessor": {"StartAt": "W", "States": {
            "W": {"Type": "Wait", "SecondsPath": "$", "Next": "C"},
            "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "F"}], "Default": "Ok"},
            "F": {"Type": "Fail", "Error": "Two"},
            "Ok": {"Type": "Succeed"}}}}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2, 3]");
    // THEN
    assertThat(result.error()).isEqualTo("Two");
    assertThat(types(result)).containsSubsequence("MapIterationSucceeded", "FailStateEntered", "MapIterationFailed", "MapStateFailed",
        "ExecutionFailed");
    assertWellFormed(result);
  }

  @Test
  void parallelThenMap_successfulHistoryIsWellFormed() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "M", "Branches": [
            {"StartAt": "W1", "States": {"W1": {"Type": "Wait", "Seconds": 2, "End": true}}},
            {"StartAt": "W2", "States": {"W2": {"Type": "Wait", "Seconds": 1, "End": true}}}]},
          "M": {"Type": "Map", "MaxConcurrency": 2, "End": true,
            "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Wait", "Seconds": 1, "End": true}}}}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "[1, 2, 3]");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertWellFormed(result);
    assertThat(types(result)).containsSubsequence(
        "ParallelStateEntered", "ParallelStateStarted", "WaitStateEntered", "ParallelStateSucceeded", "ParallelStateExited",
        "MapStateEntered", "MapStateStarted", "MapIterationStarted", "MapIterationSucceeded", "MapStateSucceeded",
        "MapStateExited", "ExecutionSucceeded");
  }

  @Test
  void branchEvents_linkToTheirOwnBranchPredecessor() {
    // GIVEN two branches of two states each
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "Next": "A2"}, "A2": {"Type": "Pass", "End": true}}},
            {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "B2"}, "B2": {"Type": "Pass", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN each state's entry links to its branch's previous event
    ObjectNode a2Entered = entered(result, "A2");
    ObjectNode a1Exited = exited(result, "A1");
    assertThat(a2Entered.path("previousEventId").asLong()).isEqualTo(a1Exited.path("id").asLong());
    ObjectNode parallelStarted = events(result, "ParallelStateStarted").getFirst();
    assertThat(entered(result, "B1").path("previousEventId").asLong()).isEqualTo(parallelStarted.path("id").asLong());
    assertWellFormed(result);
  }

  @Test
  void retriedTask_historyStaysWellFormed() {
    // GIVEN
    harness.flaky("flaky", "Transient", 2);
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true,
          "Retry": [{"ErrorEquals": ["Transient"], "IntervalSeconds": 1}]}}}""".formatted(EngineHarness.functionArn("flaky"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN one state entry, three invocations
    assertThat(events(result, "TaskStateEntered")).hasSize(1);
    assertThat(events(result, "LambdaFunctionScheduled")).hasSize(3);
    assertWellFormed(result);
  }

  private static ObjectNode entered(ExecutionResult result, String name) {
    return result.history().stream()
        .filter(e -> e.path("type").asText().endsWith("StateEntered"))
        .filter(e -> name.equals(e.path("stateEnteredEventDetails").path("name").asText()))
        .findFirst().orElseThrow();
  }

  private static ObjectNode exited(ExecutionResult result, String name) {
    return result.history().stream()
        .filter(e -> e.path("type").asText().endsWith("StateExited"))
        .filter(e -> name.equals(e.path("stateExitedEventDetails").path("name").asText()))
        .findFirst().orElseThrow();
  }
}
