package dev.opsflow.local.engine;

import static dev.opsflow.local.engine.EngineHarness.canonical;
import static dev.opsflow.local.engine.EngineHarness.events;
import static dev.opsflow.local.engine.EngineHarness.secondsOf;
import static dev.opsflow.local.engine.EngineHarness.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code .waitForTaskToken} tasks: the execution waits for an answer, a failure answer, or a timeout. */
class TaskTokenTest {
  private final EngineHarness harness = new EngineHarness();
  private final List<String> tokens = new ArrayList<>();

  TaskTokenTest() {
    harness.function("collector", (payload, invocation) -> {
      tokens.add(payload.path("token").asText());
      return Json.parse("{\"accepted\": true}");
    });
  }

  private static String tokenMachine(String taskExtra, String otherStates) {
    return """
        {"StartAt": "Approve", "States": {
          "Approve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "Parameters": {"FunctionName": "collector", "Payload": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
            %s "End": true}%s}}""".formatted(taskExtra, otherStates);
  }

  @Test
  void executionWaitsForTheToken_thenSucceedsWithTheAnswer() {
    // GIVEN
    ExecutionResult waiting = harness.run(tokenMachine("\"ResultPath\": \"$.approval\",", ""), "{\"order\": 1}");
    // WHEN the function got the token and nothing answered yet
    // THEN the execution is still running, its token open
    assertThat(waiting.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(tokens).hasSize(1);
    assertThat(harness.engine.executions().openTokens(10)).extracting(OpenToken::token).containsExactly(tokens.getFirst());
    assertThat(types(waiting)).endsWith("TaskSubmitted");
    // WHEN the token is answered
    harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"output\": {\"approved\": \"yes\"}}"));
    harness.engine.drain(waiting.executionArn());
    // THEN
    ExecutionResult done = harness.result(waiting.executionArn());
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(done.output())).isEqualTo(canonical("{\"order\": 1, \"approval\": {\"approved\": \"yes\"}}"));
    assertThat(types(done)).containsSubsequence("TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited");
    assertThat(harness.engine.executions().openTokens(10)).isEmpty();
  }

  @Test
  void failureAnswer_isCaughtByCatch() {
    // GIVEN
    String catcher = "\"Catch\": [{\"ErrorEquals\": [\"Rejected\"], \"ResultPath\": \"$.rejection\", \"Next\": \"Rejected\"}],";
    ExecutionResult waiting = harness.run(tokenMachine(catcher, ", \"Rejected\": {\"Type\": \"Pass\", \"End\": true}"), "{\"order\": 2}");
    // WHEN
    harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"error\": \"Rejected\", \"cause\": \"too expensive\"}"));
    harness.engine.drain(waiting.executionArn());
    // THEN
    ExecutionResult done = harness.result(waiting.executionArn());
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(canonical(done.output()))
        .isEqualTo(canonical("{\"order\": 2, \"rejection\": {\"Error\": \"Rejected\", \"Cause\": \"too expensive\"}}"));
    assertThat(events(done, "TaskFailed").getFirst().path("taskFailedEventDetails").path("error").asText()).isEqualTo("Rejected");
  }

  @Test
  void uncaughtFailureAnswer_failsTheExecution() {
    // GIVEN
    ExecutionResult waiting = harness.run(tokenMachine("", ""), "{\"order\": 3}");
    // WHEN
    harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"error\": \"Rejected\", \"cause\": \"no\"}"));
    harness.engine.drain(waiting.executionArn());
    // THEN
    ExecutionResult done = harness.result(waiting.executionArn());
    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("Rejected");
    assertThat(done.cause()).isEqualTo("no");
  }

  @Test
  void timeoutSeconds_withoutAnswer_failsWithStatesTimeoutAtThatTime() {
    // GIVEN a token task with a 300 s timeout that nobody answers
    // WHEN draining jumps the virtual clock to the timer
    ExecutionResult result = harness.run(tokenMachine("\"TimeoutSeconds\": 300,", ""), "{\"order\": 4}");
    // THEN
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(secondsOf(result, "TaskTimedOut")).containsExactly(300.0);
    assertThat(harness.engine.executions().openTokens(10)).isEmpty();
  }

  @Test
  void answerAfterTimeout_isRefusedAsTaskTimedOut() {
    // GIVEN a token task that timed out into a catcher
    String catcher = "\"TimeoutSeconds\": 10, \"Catch\": [{\"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"Late\"}],";
    ExecutionResult timedOut = harness.run(tokenMachine(catcher, ", \"Late\": {\"Type\": \"Pass\", \"End\": true}"), "{\"order\": 5}");
    // WHEN the late answer arrives
    assertThatThrownBy(() -> harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"output\": {\"late\": true}}")))
        // THEN it is refused, and the execution is unchanged
        .isInstanceOfSatisfying(TaskTokenException.class, e -> assertThat(e.reason()).isEqualTo(TaskTokenException.Reason.TASK_TIMED_OUT));
    ExecutionResult after = harness.result(timedOut.executionArn());
    assertThat(after.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(after.output().path("Error").asText()).isEqualTo(StatesErrors.TIMEOUT);
    assertThat(after.history()).hasSameSizeAs(timedOut.history());
  }

  @Test
  void malformedToken_isRefusedAsInvalidToken() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> harness.engine.answerToken("not a token!", Json.parse("{\"output\": 1}")))
        .isInstanceOfSatisfying(TaskTokenException.class, e -> assertThat(e.reason()).isEqualTo(TaskTokenException.Reason.INVALID_TOKEN));
  }

  /** Starts an execution and runs only what is due now, leaving timers pending. */
  private String startWithoutDraining(String definition, String name) {
    StateMachineRef machine = harness.machine(definition);
    String arn = harness.engine.settings().executionArn(StateMachineType.STANDARD, machine.name(), name);
    harness.engine.start(harness.engine.machines().revision(machine.definitionId()).orElseThrow(), arn, name, Json.parse("{\"order\": 7}"), null);
    runDueWork();
    return arn;
  }

  private void runDueWork() {
    while (harness.engine.runOnce()) {
      // keep going until only future timers are left
    }
  }

  @Test
  void heartbeatSeconds_withoutHeartbeat_failsWithHeartbeatTimeout() {
    // GIVEN / WHEN
    ExecutionResult result = harness.run(tokenMachine("\"HeartbeatSeconds\": 10, \"TimeoutSeconds\": 100,", ""), "{\"order\": 8}");
    // THEN
    assertThat(result.error()).isEqualTo(StatesErrors.HEARTBEAT_TIMEOUT);
    assertThat(secondsOf(result, "TaskTimedOut")).containsExactly(10.0);
  }

  @Test
  void heartbeat_pushesTheHeartbeatDeadlineBack() {
    // GIVEN a task with a 10 s heartbeat, heartbeating at 8 s
    String arn = startWithoutDraining(tokenMachine("\"HeartbeatSeconds\": 10, \"TimeoutSeconds\": 100,", ""), "beating");
    harness.clock.advance(java.time.Duration.ofSeconds(8));
    // WHEN
    harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"heartbeat\": true}"));
    runDueWork();
    harness.engine.drain(arn);
    // THEN the heartbeat timeout comes 10 s after the heartbeat, not after the start
    ExecutionResult result = harness.result(arn);
    assertThat(result.error()).isEqualTo(StatesErrors.HEARTBEAT_TIMEOUT);
    assertThat(secondsOf(result, "TaskTimedOut")).containsExactly(18.0);
  }

  @Test
  void answerBeforeTimeout_winsAndTheTimerIsStale() {
    // GIVEN a 60 s timeout
    String arn = startWithoutDraining(tokenMachine("\"TimeoutSeconds\": 60,", ""), "early");
    ExecutionResult waiting = harness.result(arn);
    assertThat(waiting.status()).isEqualTo(ExecutionStatus.RUNNING);
    // WHEN the answer comes at once
    harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"output\": \"ok\"}"));
    harness.engine.drain(arn);
    // THEN the task succeeded without a timeout, and the clock did not run to the timer
    ExecutionResult done = harness.result(arn);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(types(done)).doesNotContain("TaskTimedOut");
    assertThat(secondsOf(done, "ExecutionSucceeded")).containsExactly(0.0);
  }

  @Test
  void jsonataTokenTask_readsTokenFromStatesContext() {
    // GIVEN
    String definition = """
        {"QueryLanguage": "JSONata", "StartAt": "Approve", "States": {"Approve": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Arguments": {"FunctionName": "collector", "Payload": {"token": "{% $states.context.Task.Token %}"}},
          "Output": {"answer": "{% $states.result %}"}, "End": true}}}""";
    ExecutionResult waiting = harness.run(definition, "{}");
    // WHEN
    harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"output\": [1, 2]}"));
    harness.engine.drain(waiting.executionArn());
    // THEN
    assertThat(canonical(harness.result(waiting.executionArn()).output())).isEqualTo(canonical("{\"answer\": [1, 2]}"));
  }

  @Test
  void failingSiblingBranch_closesTheWaitingTaskToken() {
    // GIVEN one branch awaiting a token and a sibling branch that fails after 5 s
    String definition = """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Approve", "States": {"Approve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
            "Parameters": {"FunctionName": "collector", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}},
          {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 5, "Next": "Bad"},
            "Bad": {"Type": "Fail", "Error": "Sibling", "Cause": "gave up"}}}]}}}""";
    // WHEN
    ExecutionResult result = harness.run(definition, "{}");
    // THEN the execution failed and its token no longer awaits an answer
    assertThat(result.error()).isEqualTo("Sibling");
    assertThat(tokens).hasSize(1);
    assertThat(harness.engine.executions().openTokens(10)).isEmpty();
    assertThatThrownBy(() -> harness.engine.answerToken(tokens.getFirst(), Json.parse("{\"output\": 1}")))
        .isInstanceOf(TaskTokenException.class);
  }
}
