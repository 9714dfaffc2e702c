package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.START;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.secondsOf;
import static dev.opsflow.local.engine.EngineHarness.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.json.Json;
import org.junit.jupiter.api.Test;

/** The state machine's top-level TimeoutSeconds, and stopping an execution. */
class ExecutionTimeoutTest {
  private final EngineHarness harness = new EngineHarness();

  @Test
  void waitLongerThanTimeout_timesOutAtTheTimeout() {
    // GIVEN a 10 s execution timeout and a 100 s wait
    String definition = """
        {"TimeoutSeconds": 10, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 100, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(types(result)).endsWith("ExecutionTimedOut").doesNotContain("WaitStateExited");
    assertThat(secondsOf(result, "ExecutionTimedOut")).containsExactly(10.0);
    assertThat(harness.engine.executions().find(result.executionArn()).orElseThrow().stopTime).isEqualTo(START.plusSeconds(10));
  }

  @Test
  void finishingBeforeTimeout_succeedsAndTheTimerChangesNothing() {
    // GIVEN
    String definition = """
        {"TimeoutSeconds": 10, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 9, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    harness.engine.drain(null);
    // THEN
    ExecutionResult after = harness.result(result.executionArn());
    assertThat(after.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(types(after)).doesNotContain("ExecutionTimedOut");
  }

  @Test
  void tokenTaskNeverAnswered_timesOutTheExecution_andClosesTheToken() {
    // GIVEN an execution timeout and a token task without its own timeout
    harness.identity("collector");
    String definition = """
        {"TimeoutSeconds": 3600, "StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters": {"FunctionName": "collector", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(secondsOf(result, "ExecutionTimedOut")).containsExactly(3600.0);
    assertThat(harness.engine.executions().openTokens(10)).isEmpty();
  }

  @Test
  void timeoutInsideParallel_timesOutTheWholeExecution() {
    // GIVEN
    String definition = """
        {"TimeoutSeconds": 5, "StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 50, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(events(result, "ParallelStateSucceeded")).isEmpty();
  }

  @Test
  void stop_abortsARunningExecutionWithErrorAndCause() {
    // GIVEN an execution waiting on a token
    harness.identity("collector");
    String definition = """
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters": {"FunctionName": "collector", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}}""";
    ExecutionResult waiting = harness.run(definition, "{}");
    // WHEN
    harness.engine.stop(waiting.executionArn(), "Operator", "stopped by hand");
    harness.engine.drain(waiting.executionArn());
    // THEN
    ExecutionResult stopped = harness.result(waiting.executionArn());
    assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(stopped.error()).isEqualTo("Operator");
    assertThat(stopped.cause()).isEqualTo("stopped by hand");
    assertThat(types(stopped)).endsWith("ExecutionAborted");
    assertThat(harness.engine.executions().openTokens(10)).isEmpty();
    assertThat(Json.write(stopped.history().getLast().path("executionAbortedEventDetails"))).contains("stopped by hand");
  }
}
