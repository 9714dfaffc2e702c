package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.functionArn;
import static dev.opsflow.local.engine.EngineHarness.secondsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.engine.task.TaskOutcome;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retry and Catch: retry delays measured on the virtual clock from the history's timestamps, retrier and catcher
 * matching, and the outputs catchers build in both query languages.
 */
class RetryCatchTest {
  private static final String TRANSIENT = "dev.opsflow.shared.error.TransientException";

  private final EngineHarness harness = new EngineHarness();

  /** A one-Task machine; when {@code extra} has a Catch, its catchers go to a Pass state called Caught. */
  private static String task(String fn, String retry, String extra) {
    String caught = extra.contains("Catch") ? ", \"Caught\": {\"Type\": \"Pass\", \"End\": true}" : "";
    return """
        {"StartAt": "Work", "States": {
          "Work": {"Type": "Task", "Resource": "%s", "Retry": %s %s, "End": true}%s}}"""
        .formatted(functionArn(fn), retry, extra, caught);
  }

  @Test
  void backoff_retriesAtIntervalTimesRatePowers() {
    // GIVEN a function that always fails, retried 3 times at 2 s with backoff 3
    harness.flaky("work", TRANSIENT, 100);
    String retry = "[{\"ErrorEquals\": [\"" + TRANSIENT + "\"], \"IntervalSeconds\": 2, \"BackoffRate\": 3, \"MaxAttempts\": 3}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN attempts at 0, 2, 2+6, 8+18 seconds, then the execution fails
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 2.0, 8.0, 26.0);
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(TRANSIENT);
    assertThat(secondsOf(result, "ExecutionFailed")).containsExactly(26.0);
  }

  @Test
  void defaults_oneSecondIntervalBackoffTwoThreeAttempts() {
    // GIVEN a retrier with only ErrorEquals
    harness.flaky("work", TRANSIENT, 100);
    String retry = "[{\"ErrorEquals\": [\"States.ALL\"]}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 1.0, 3.0, 7.0);
  }

  @Test
  void maxDelaySeconds_capsTheBackoff() {
    // GIVEN
    harness.flaky("work", TRANSIENT, 100);
    String retry = "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 2, \"BackoffRate\": 4, \"MaxAttempts\": 4, \"MaxDelaySeconds\": 5}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN delays 2, min(8,5), min(32,5), min(128,5)
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 2.0, 7.0, 12.0, 17.0);
  }

  @Test
  void retrySucceedsEventually_outputIsTheSuccessfulResult() {
    // GIVEN two failures then success
    harness.flaky("work", TRANSIENT, 2);
    String retry = "[{\"ErrorEquals\": [\"" + TRANSIENT + "\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 5}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{\"v\": 1}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"v\": 1}"));
    assertThat(secondsOf(result, "LambdaFunctionFailed")).containsExactly(0.0, 1.0);
    assertThat(secondsOf(result, "LambdaFunctionSucceeded")).containsExactly(3.0);
  }

  @Test
  void retryCount_inContextObjectCountsAttempts() {
    // GIVEN a function that fails twice and a Parameters block reading $$.State.RetryCount
    List<Integer> seen = new ArrayList<>();
    int[] calls = {0};
    harness.function("work", (payload, invocation) -> {
      seen.add(payload.path("retry").asInt());
      if (++calls[0] <= 2) {
        throw EngineHarness.error(TRANSIENT, "again");
      }
      return payload;
    });
    String definition = """
        {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "%s",
          "Parameters": {"retry.$": "$$.State.RetryCount"},
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1}], "End": true}}}""".formatted(functionArn("work"));
    // WHEN
    harness.run(definition, "{}");
    // THEN
    assertThat(seen).containsExactly(0, 1, 2);
  }

  @Test
  void fullJitter_delaysStayWithinTheComputedBackoff() {
    // GIVEN FULL jitter over 10 s backoff 2, 6 attempts
    harness.flaky("work", TRANSIENT, 100);
    String retry = "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 10, \"BackoffRate\": 2, \"MaxAttempts\": 6, \"JitterStrategy\": \"FULL\"}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN each delay lies in [0, 10 * 2^n]
    List<Double> times = secondsOf(result, "LambdaFunctionScheduled");
    assertThat(times).hasSize(7);
    int shorterThanBackoff = 0;
    for (int n = 0; n < 6; n++) {
      double delay = times.get(n + 1) - times.get(n);
      double backoff = 10 * Math.pow(2, n);
      assertThat(delay).as("delay before retry %d", n + 1).isBetween(0.0, backoff);
      shorterThanBackoff += delay < backoff ? 1 : 0;
    }
    // AND the jitter did shorten delays (all six at the full backoff would mean no jitter)
    assertThat(shorterThanBackoff).isPositive();
  }

  @Test
  void maxAttemptsZero_neverRetriesAndFallsToCatch() {
    // GIVEN
    harness.flaky("work", TRANSIENT, 100);
    String retry = "[{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 0}]";
    String extra = ", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, extra), "{}");
    // THEN
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0);
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("Error").asText()).isEqualTo(TRANSIENT);
  }

  @Test
  void firstMatchingRetrierWins_laterMatchingRetrierIsIgnored() {
    // GIVEN a specific retrier (1 attempt at 5 s) before a broad one (3 attempts at 1 s)
    harness.flaky("work", TRANSIENT, 100);
    String retry = """
        [{"ErrorEquals": ["%s"], "IntervalSeconds": 5, "MaxAttempts": 1},
         {"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 3}]""".formatted(TRANSIENT);
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN only the first retrier's single attempt happens
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 5.0);
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void retriersCountAttemptsSeparately() {
    // GIVEN a function failing with error A twice, then B twice, then succeeding
    String[] errors = {"ErrA", "ErrA", "ErrB", "ErrB"};
    int[] calls = {0};
    harness.function("work", (payload, invocation) -> {
      if (calls[0] < errors.length) {
        throw EngineHarness.error(errors[calls[0]++], "x");
      }
      return payload;
    });
    String retry = """
        [{"ErrorEquals": ["ErrA"], "IntervalSeconds": 1, "BackoffRate": 1, "MaxAttempts": 2},
         {"ErrorEquals": ["ErrB"], "IntervalSeconds": 10, "BackoffRate": 2, "MaxAttempts": 2}]""";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN ErrB's backoff starts from its own first attempt
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 1.0, 2.0, 12.0, 32.0);
  }

  @Test
  void statesAll_doesNotCatchStatesRuntime() {
    // GIVEN a Task whose InputPath fails (States.Runtime) with catch-all Retry and Catch
    harness.identity("work");
    String retry = "[{\"ErrorEquals\": [\"States.ALL\"]}]";
    String extra = ", \"InputPath\": \"$.missing\", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Caught\"}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, extra), "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(EngineHarness.events(result, "LambdaFunctionScheduled")).isEmpty();
  }

  @Test
  void statesTaskFailed_matchesFunctionErrors() {
    // GIVEN
    harness.flaky("work", TRANSIENT, 1);
    String retry = "[{\"ErrorEquals\": [\"States.TaskFailed\"], \"IntervalSeconds\": 3}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, ""), "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 3.0);
  }

  @Test
  void statesTaskFailed_doesNotMatchStatesTimeout() {
    // GIVEN a token task that times out, with a States.TaskFailed catcher before a States.Timeout one
    String definition = """
        {"StartAt": "Wait", "States": {
          "Wait": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents.waitForTaskToken",
            "Parameters": {"Entries": []}, "TimeoutSeconds": 5,
            "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Wrong"},
                      {"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"}], "End": true},
          "Wrong": {"Type": "Fail", "Error": "WrongCatcher"},
          "TimedOut": {"Type": "Pass", "End": true}}}""";
    harness.engine.tasks().register("events:putEvents", call -> new TaskOutcome.Succeeded(Json.MAPPER.createObjectNode()));
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("Error").asText()).isEqualTo(StatesErrors.TIMEOUT);
  }

  @Test
  void catchAfterRetriesExhausted_resultPathKeepsInputAndAddsError() {
    // GIVEN 2 retries then a catcher with ResultPath
    harness.flaky("work", TRANSIENT, 100);
    String retry = "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 2}]";
    String extra = ", \"Catch\": [{\"ErrorEquals\": [\"" + TRANSIENT + "\"], \"ResultPath\": \"$.failure\", \"Next\": \"Caught\"}]";
    // WHEN
    ExecutionResult result = harness.run(task("work", retry, extra), "{\"order\": 5}");
    // THEN
    assertThat(secondsOf(result, "LambdaFunctionScheduled")).containsExactly(0.0, 1.0, 3.0);
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("order").asInt()).isEqualTo(5);
    assertThat(result.output().path("failure").path("Error").asText()).isEqualTo(TRANSIENT);
    assertThat(Json.parse(result.output().path("failure").path("Cause").asText()).path("errorMessage").asText())
        .isEqualTo("attempt 3 failed");
  }

  @Test
  void catchWithoutResultPath_outputIsErrorObject() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {
          "F": {"Type": "Parallel", "Branches": [{"StartAt": "X", "States": {"X": {"Type": "Fail", "Error": "E1", "Cause": "c1"}}}],
            "Catch": [{"ErrorEquals": ["E1"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"a\": 1}");
    // THEN
    assertThat(canonical(result.output())).isEqualTo(canonical("{\"Error\": \"E1\", \"Cause\": \"c1\"}"));
  }

  @Test
  void jsonataCatch_outputAndAssignSeeErrorOutput() {
    // GIVEN a JSONata Task whose catcher shapes the output and assigns a variable from $states.errorOutput
    harness.flaky("work", TRANSIENT, 100);
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Work", "States": {
          "Work": {"Type": "Task", "Resource": "%s",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Report",
              "Output": {"input": "{% $states.input %}", "error": "{% $states.errorOutput.Error %}"},
              "Assign": {"lastError": "{% $states.errorOutput.Error %}"}}], "End": true},
          "Report": {"Type": "Pass", "Output": "{% $merge([$states.input, {'variable': $lastError}]) %}", "End": true}}}"""
        .replace("%s", functionArn("work"));
    // WHEN
    ExecutionResult result = harness.run(definition, "{\"n\": 1}");
    // THEN
    assertThat(canonical(result.output()))
        .isEqualTo(canonical("{\"input\": {\"n\": 1}, \"error\": \"%s\", \"variable\": \"%s\"}".formatted(TRANSIENT, TRANSIENT)));
  }

  @Test
  void catchersMatchInOrder_firstMatchingCatcherWins() {
    // GIVEN
    String definition = """
        {"StartAt": "F", "States": {
          "F": {"Type": "Parallel", "Branches": [{"StartAt": "X", "States": {"X": {"Type": "Fail", "Error": "Specific"}}}],
            "Catch": [{"ErrorEquals": ["Other"], "Next": "A"}, {"ErrorEquals": ["Other", "Specific"], "Next": "B"},
                      {"ErrorEquals": ["Specific"], "Next": "C"}, {"ErrorEquals": ["States.ALL"], "Next": "C"}], "End": true},
          "A": {"Type": "Pass", "Result": "A", "End": true},
          "B": {"Type": "Pass", "Result": "B", "End": true},
          "C": {"Type": "Pass", "Result": "C", "End": true}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN
    assertThat(result.output().asText()).isEqualTo("B");
  }
}
