package dev.opsflow.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

class TaskTokenApiTest {
  private static final String REVIEW =
      """
      {"StartAt":"Review","States":{"Review":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
        "Parameters":{"FunctionName":"reviewer","Payload":{"token.$":"$$.Task.Token","order.$":"$.order"}},
        "Catch":[{"ErrorEquals":["Rejected"],"Next":"Rejected"}],"End":true},
       "Rejected":{"Type":"Fail","Error":"OrderRejected","Cause":"the reviewer said no"}}}
      """;
  private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
  private LocalSfn local;
  private String machine;

  @BeforeEach
  void startServer() throws IOException {
    local = new LocalSfn();
    local.lambdas.register("reviewer", (payload, invocation) -> {
      tokens.add(payload.get("token").asText());
      return Json.MAPPER.createObjectNode();
    });
    machine = local.createMachine("review", REVIEW);
  }

  @AfterEach
  void stopServer() {
    local.close();
  }

  @Test
  void sendTaskSuccess_completesWaitingTask() throws InterruptedException {
    // GIVEN an execution waiting for its task token
    String arn = local.start(machine, "ok", "{\"order\":7}");
    String token = tokens.poll(10, TimeUnit.SECONDS);

    // WHEN the token is answered with success
    local.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\":true}"));

    // THEN the task's output is the execution's output
    DescribeExecutionResponse done = local.awaitEnd(arn);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"approved\":true}");
  }

  @Test
  void heartbeats_keepTaskAlivePastHeartbeatSeconds() throws InterruptedException {
    // GIVEN a task that must send a heartbeat every second
    String beating = local.createMachine("beating", REVIEW.replace("\"End\":true},", "\"HeartbeatSeconds\":1,\"End\":true},"));
    String arn = local.start(beating, "alive", "{\"order\":12}");
    String token = tokens.poll(10, TimeUnit.SECONDS);

    // WHEN heartbeats come every 600 ms for 1.8 s before the answer
    for (int beat = 0; beat < 3; beat++) {
      Thread.sleep(600);
      local.sfn.sendTaskHeartbeat(b -> b.taskToken(token));
    }
    local.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"late\":true}"));

    // THEN the task (which has a heartbeat timeout) did not time out
    assertThat(local.sfn.describeStateMachine(b -> b.stateMachineArn(beating)).definition()).contains("\"HeartbeatSeconds\":1");
    DescribeExecutionResponse done = local.awaitEnd(arn);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"late\":true}");
  }

  @Test
  void sendTaskFailure_failsTaskIntoItsCatch() throws InterruptedException {
    // GIVEN an execution waiting for its task token
    String arn = local.start(machine, "no", "{\"order\":8}");
    String token = tokens.poll(10, TimeUnit.SECONDS);

    // WHEN the token is answered with a failure the state catches
    local.sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("out of stock"));

    // THEN the Catch routes to the Fail state
    DescribeExecutionResponse done = local.awaitEnd(arn);
    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("OrderRejected");
  }

  @Test
  void answeredToken_isTimedOutForLaterCalls() throws InterruptedException {
    // GIVEN a token that was answered and its execution finished
    String arn = local.start(machine, "twice", "{\"order\":9}");
    String token = tokens.poll(10, TimeUnit.SECONDS);
    local.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}"));
    local.awaitEnd(arn);

    // WHEN / THEN it is answered again: the task does not exist anymore
    assertThatThrownBy(() -> local.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
        .isInstanceOf(TaskTimedOutException.class)
        .hasMessageContaining("Provided task does not exist anymore");
    assertThatThrownBy(() -> local.sfn.sendTaskHeartbeat(b -> b.taskToken(token))).isInstanceOf(TaskTimedOutException.class);
  }

  @Test
  void badTokensAndOutputs_areRefused() throws InterruptedException {
    // GIVEN a live token
    local.start(machine, "bad", "{\"order\":10}");
    String token = tokens.poll(10, TimeUnit.SECONDS);
    String unknownExecution = Base64.getUrlEncoder().withoutPadding().encodeToString(
        "arn:aws:states:us-east-1:111111111111:execution:review:nope|1|1|x".getBytes(StandardCharsets.UTF_8));

    // WHEN / THEN garbage, unknown executions and non-JSON outputs get AWS's errors
    assertThatThrownBy(() -> local.sfn.sendTaskSuccess(b -> b.taskToken("not a token").output("{}")))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("Invalid Token: 'Invalid token'");
    assertThatThrownBy(() -> local.sfn.sendTaskFailure(b -> b.taskToken("bm9wZQ")))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> local.sfn.sendTaskSuccess(b -> b.taskToken(unknownExecution).output("{}")))
        .isInstanceOf(TaskDoesNotExistException.class);
    assertThatThrownBy(() -> local.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{oops")))
        .isInstanceOf(InvalidOutputException.class);
  }

  @Test
  void listPendingTaskTokens_showsWaitingTasks() throws InterruptedException {
    // GIVEN an execution waiting for its token
    String arn = local.start(machine, "pending", "{\"order\":11}");
    String token = tokens.poll(10, TimeUnit.SECONDS);

    // WHEN the opsflow extension lists pending tokens
    JsonNode pending = LocalSfn.await(
        () -> local.callJson("OpsflowLocal.ListPendingTaskTokens", "{}"), r -> r.path("taskTokens").size() == 1);

    // THEN the task shows with its token, state, input and waiting time
    JsonNode first = pending.get("taskTokens").get(0);
    assertThat(first.get("taskToken").asText()).isEqualTo(token);
    assertThat(first.get("executionArn").asText()).isEqualTo(arn);
    assertThat(first.get("stateName").asText()).isEqualTo("Review");
    assertThat(Json.parse(first.get("input").asText()).at("/Payload/order").asInt()).isEqualTo(11);
    assertThat(first.get("waitingSince").isNumber()).isTrue();
    assertThat(first.get("secondsWaiting").decimalValue()).isNotNegative();
    JsonNode otherExecution = local.callJson("OpsflowLocal.ListPendingTaskTokens", "{\"executionArn\":\"" + arn + "-other\"}");
    assertThat(otherExecution.get("taskTokens")).isEmpty();
  }
}
