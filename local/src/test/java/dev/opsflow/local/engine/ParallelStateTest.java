package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.secondsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.asl.StatesErrors;
import org.junit.jupiter.api.Test;

/** Parallel states: results in branch order, branch failures, and data flow in both query languages. */
class ParallelStateTest {
  private final EngineHarness harness = new EngineHarness();

  @Test
  void resultsComeInBranchOrder_evenWhenLaterBranchesFinishFirst() {
    // GIVEN branch 0 waits longest, branch 2 not at all
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Slow", "States": {"Slow": {"Type": "Wait", "Seconds": 30, "Next": "R0"}, "R0": {"Type": "Pass", "Result": "first", "End": true}}},
          {"StartAt": "Mid", "States": {"Mid": {"Type": "Wait", "Seconds": 10, "Next": "R1"}, "R1": {"Type": "Pass", "Result": "second", "End": true}}},
          {"StartAt": "R2", "States": {"R2": {"Type": "Pass", "Parameters": {"got.$": "$.x"}, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"x\": 42}");
    // THEN results are in branch order, and the branches ran concurrently (30 s, not 40 s)
    assertThat(canonical(result.output())).isEqualTo(canonical("[\"first\", \"second\", {\"got\": 42}]"));
    assertThat(secondsOf(result, "ParallelStateSucceeded")).containsExactly(30.0);
  }

  @Test
  void parametersFeedEveryBranch_resultSelectorAndResultPathShapeTheOutput() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "Parameters": {"v.$": "$.value"},
          "ResultSelector": {"a.$": "$[0].v", "b.$": "$[1]"},
          "ResultPath": "$.results",
          "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "InputPath": "$.v", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"value\": \"v1\"}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"value\": \"v1\", \"results\": {\"a\": \"v1\", \"b\": \"v1\"}}"));
  }

  @Test
  void failingBranch_failsTheStateAndExecution() {
    // GIVEN one branch fails while the other waits
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Ok", "States": {"Ok": {"Type": "Wait", "Seconds": 60, "End": true}}},
          {"StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "BranchError", "Cause": "branch 1 broke"}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN the execution fails with the branch's error at once; the waiting branch is abandoned
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("BranchError");
    assertThat(result.cause()).isEqualTo("branch 1 broke");
    assertThat(EngineHarness.types(result)).contains("ParallelStateFailed").doesNotContain("WaitStateExited");
    assertThat(secondsOf(result, "ExecutionFailed")).containsExactly(0.0);
  }

  @Test
  void catchOnParallel_catchesBranchFailure() {
    // GIVEN
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "Next": "Done",
            "Catch": [{"ErrorEquals": ["BranchError"], "ResultPath": "$.caught", "Next": "Recover"}],
            "Branches": [{"StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "BranchError", "Cause": "c"}}}]},
          "Recover": {"Type": "Pass", "End": true},
          "Done": {"Type": "Succeed"}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"in\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(result.output()))
        .isEqualTo(canonical("{\"in\": 1, \"caught\": {\"Error\": \"BranchError\", \"Cause\": \"c\"}}"));
  }

  @Test
  void retryOnParallel_rerunsAllBranches() {
    // GIVEN a branch whose function fails once
    harness.flaky("flaky", "Transient", 1);
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "Retry": [{"ErrorEquals": ["Transient"], "IntervalSeconds": 4}],
          "Branches": [{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}]}}}"""
        .formatted(EngineHarness.functionArn("flaky"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"k\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(secondsOf(result, "ParallelStateStarted")).containsExactly(0.0, 4.0);
    assertThat(canonical(result.output())).isEqualTo(canonical("[{\"k\": 1}]"));
  }

  @Test
  void nestedParallel_resultsNest() {
    // GIVEN
    String definition = """
        {"StartAt": "Outer", "States": {"Outer": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Inner", "States": {"Inner": {"Type": "Parallel", "End": true, "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": 2, "End": true}}}]}}},
          {"StartAt": "C", "States": {"C": {"Type": "Pass", "Result": 3, "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("[[1, 2], 3]"));
  }

  @Test
  void jsonataParallel_argumentsAndOutputOverStatesResult() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
          "Arguments": {"n": "{% $states.input.n %}"},
          "Output": {"sum": "{% $sum($states.result) %}"},
          "Branches": [
            {"StartAt": "Double", "States": {"Double": {"Type": "Pass", "Output": "{% $states.input.n * 2 %}", "End": true}}},
            {"StartAt": "Triple", "States": {"Triple": {"Type": "Pass", "Output": "{% $states.input.n * 3 %}", "End": true}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 5}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"sum\": 25}"));
  }

  @Test
  void emptyBranchesList_isRejectedAtCreation() {
    // GIVEN
    String definition = """
        {"StartAt": "StateName", "States": {"StateName": {"Type": "Parallel", "Branches": [], "End": true}}}""";
    // WHEN / THEN
    assertThatThrownBy(() -> harness.machine(definition))
        .hasMessage("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/StateName/Branches'");
  }

  @Test
  void runtimeErrorInBranch_isTerminalEvenWithCatchOnParallel() {
    // GIVEN a branch whose Pass fails on a missing path, and a catch-all on the Parallel
    String definition = """
        {"StartAt": "P", "States": {
          "P": {"Type": "Parallel", "End": true, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recover"}],
            "Branches": [{"StartAt": "Bad", "States": {"Bad": {"Type": "Pass", "Parameters": {"x.$": "$.missing"}, "End": true}}}]},
          "Recover": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(events(result, "PassStateExited")).isEmpty();
  }
}
