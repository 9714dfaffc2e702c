package dev.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.InboundFilter;
import dev.opsflow.shared.ingress.InboundKind;
import dev.opsflow.shared.ingress.InboundMessage;
import dev.opsflow.shared.ingress.InboundStatus;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.operations.OperatorTask;
import dev.opsflow.shared.operations.OperatorTasks;
import dev.opsflow.webapp.auth.Role;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operators' buttons over real HTTP: staff are refused every one (with a valid session and CSRF token),
 * operators answer an operator task of a waiting execution (SendTaskSuccess {"decision"}) and replay a failed
 * inbound message.
 */
class OperationsActionsTest {
  static TestNode node;
  static final AtomicReference<String> WAITING_TOKEN = new AtomicReference<>();
  static String waitingMachine;

  @BeforeAll
  static void start() {
    node = new TestNode(Map.of("OPSFLOW_LOGIN_LIMIT_PER_IP", "1000"));
    // A workflow that waits on an operator, as onboarding's OpenOperatorTask does: its step keeps the token.
    node.lambdas.register("keep-token", (payload, invocation) -> {
      WAITING_TOKEN.set(payload.path("task_token").asText());
      return Json.MAPPER.createObjectNode();
    });
    waitingMachine = node.sfn.createStateMachine(b -> b.name("waits-for-operator").roleArn("arn:aws:iam::111111111111:role/test").definition("""
        {"QueryLanguage": "JSONata", "StartAt": "OpenOperatorTask", "States": {"OpenOperatorTask": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Arguments": {"FunctionName": "keep-token", "Payload": {"task_token": "{% $states.context.Task.Token %}"}}, "End": true}}}""")).stateMachineArn();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @BeforeEach
  void clean() {
    dev.opsflow.db.TestPostgres.truncate(TestNode.TABLES);
    node.user("sam@example.com", Role.STAFF);
    node.user("olga@example.com", Role.OPERATOR);
  }

  OperatorTask waitingOperatorTask() {
    WAITING_TOKEN.set(null);
    String arn = node.sfn.startExecution(b -> b.stateMachineArn(waitingMachine).name("onboard-" + System.nanoTime())).executionArn();
    assertThat(TestNode.await(() -> WAITING_TOKEN.get() != null)).isTrue();
    return new OperatorTasks(node.dataSource, Clock.systemUTC()).open("op#" + arn, new OperatorTasks.NewTask("step_failed",
        "Stripe customer could not be created", arn, "client-42", null, WAITING_TOKEN.get(), Json.MAPPER.createObjectNode()));
  }

  long failedInbound() {
    return new InboundStore(node.dataSource, Clock.systemUTC()).record(new InboundMessage(Channel.WEBHOOK, "crm", "evt-9", InboundKind.EVENTS,
        null, Instant.now(), Map.of(), "{}", null, 2, "bus refused the event")).id();
  }

  String status(String executionArn) {
    return node.sfn.describeExecution(b -> b.executionArn(executionArn)).statusAsString();
  }

  @Test
  void staff_areRefusedEveryOperatorAction() {
    // GIVEN an operator task on a waiting execution and a failed inbound message
    OperatorTask task = waitingOperatorTask();
    long inbound = failedInbound();
    try (WebClient client = new WebClient(node)) {
      client.login("sam@example.com", TestNode.PASSWORD);
      // WHEN staff post each action with their own valid session and CSRF token
      HttpResponse<String> answer = client.submit("/inbox", "/operations/operator-tasks/" + task.id() + "/answer", Map.of("decision", "retry"));
      HttpResponse<String> replay = client.submit("/inbox", "/operations/inbound/" + inbound + "/replay", Map.of());
      HttpResponse<String> deadLetter = client.submit("/inbox", "/operations/dead-letters/1/replay", Map.of());
      // THEN every one is refused, and nothing moved
      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(replay.statusCode()).isEqualTo(403);
      assertThat(deadLetter.statusCode()).isEqualTo(403);
      assertThat(status(task.executionArn())).isEqualTo("RUNNING");
      assertThat(new OperatorTasks(node.dataSource, Clock.systemUTC()).find(task.id()).orElseThrow().status()).isEqualTo("open");
      assertThat(new InboundStore(node.dataSource, Clock.systemUTC()).find(inbound).orElseThrow().status()).isEqualTo(InboundStatus.FAILED);
    }
  }

  @Test
  void operator_answersRetry_theWorkflowResumesWithTheDecision() {
    // GIVEN an operator task on a waiting execution, listed on the operations page
    OperatorTask task = waitingOperatorTask();
    try (WebClient client = new WebClient(node)) {
      client.login("olga@example.com", TestNode.PASSWORD);
      assertThat(client.get("/operations").body()).contains("Stripe customer could not be created", "Retry", "Abandon");
      // WHEN the operator answers retry
      HttpResponse<String> answer = client.submit("/operations", "/operations/operator-tasks/" + task.id() + "/answer", Map.of("decision", "retry"));
      // THEN the execution resumes with {"decision": "retry"} and the task is closed by her
      assertThat(answer.statusCode()).isEqualTo(303);
      assertThat(TestNode.await(() -> status(task.executionArn()).equals("SUCCEEDED"))).isTrue();
      assertThat(Json.parse(node.sfn.describeExecution(b -> b.executionArn(task.executionArn())).output()).path("decision").asText()).isEqualTo("retry");
      assertThat(new OperatorTasks(node.dataSource, Clock.systemUTC()).find(task.id()).orElseThrow().status()).isEqualTo("done");
      assertThat(client.get("/operations").body()).doesNotContain("Stripe customer could not be created");
    }
  }

  @Test
  void operator_replaysAFailedInboundMessage_unknownDecisionIsRefused() {
    // GIVEN a failed inbound message, listed on the operations page, and an open operator task
    long inbound = failedInbound();
    OperatorTask task = waitingOperatorTask();
    try (WebClient client = new WebClient(node)) {
      client.login("olga@example.com", TestNode.PASSWORD);
      assertThat(client.get("/operations").body()).contains("evt-9", "bus refused the event");
      // WHEN the operator replays it, and sends an answer that is neither retry nor abandon
      HttpResponse<String> replay = client.submit("/operations", "/operations/inbound/" + inbound + "/replay", Map.of());
      HttpResponse<String> odd = client.submit("/operations", "/operations/operator-tasks/" + task.id() + "/answer", Map.of("decision", "skip"));
      // THEN the message is queued again, and the odd answer is refused without touching the workflow
      assertThat(replay.statusCode()).isEqualTo(303);
      assertThat(new InboundStore(node.dataSource, Clock.systemUTC()).list(new InboundFilter(InboundStatus.PENDING, null, 10, null)))
          .singleElement().satisfies(m -> assertThat(m.id()).isEqualTo(inbound));
      assertThat(odd.statusCode()).isEqualTo(400);
      assertThat(status(task.executionArn())).isEqualTo("RUNNING");
    }
  }
}
