package dev.opsflow.local.workflows.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.OpenToken;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.workflows.Placeholders;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.StaffActed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routing of {@code statemachines/service-intake.asl.json} on its own: every step is a fake with a canned
 * answer, time is virtual. Proves the paths, the escalation race (stops when staff act, fires when nobody does)
 * and the failure path; {@code ServiceIntakeEndToEndTest} runs the same file with the real handlers.
 */
class ServiceIntakeRoutingTest {
  static final Instant START = Instant.parse("2026-11-23T15:00:00Z");
  static final String INPUT = """
      {"request": {"id": "req-1", "channel": "sms", "source_id": "SM1", "from": {"phone": "+15551234567", "email": null,
       "name": null}, "subject": null, "text": "Kitchen sink leaking", "received_at": "2026-11-23T15:00:00Z", "attachments": []}}""";

  final VirtualClock clock = new VirtualClock(START);
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(clock, lambdas);
  final FakeSteps steps = new FakeSteps();
  StateMachineRef machine;

  @BeforeEach
  void loadMachine() throws IOException {
    String asl = Files.readString(Path.of("..", "statemachines", "service-intake.asl.json"));
    steps
        .answer("record-request", p -> object("request_id", p.path("request").path("id"), "request", p.path("request")))
        .answer("classify-request", classification("routine", true))
        .answer("extract-fields", "{\"fields\": {\"customer_name\": \"Ann Lee\", \"phone\": \"+15551234567\"}}")
        .answer("score-completeness", "{\"score\": 1.0, \"complete\": true, \"missing\": []}")
        .answer("match-customer", "{\"customer_id\": null, \"matched_by\": null, \"confidence\": 0, \"is_new\": true}")
        .answer("schedule-escalation", "{\"rungs\": [{\"level\": 1, \"due_at\": \"2026-11-23T17:00:00Z\"},"
            + " {\"level\": 2, \"due_at\": \"2026-11-23T18:00:00Z\"}]}")
        .answer("apply-review", p -> object("fields", p.path("answer").path("fields"),
            "completeness", Json.parse("{\"score\": 1.0, \"complete\": true, \"missing\": []}"),
            "close_reason", p.path("answer").path("close_reason").isMissingNode() ? null : p.path("answer").get("close_reason")))
        .answer("draft-confirmation", "{\"subject\": \"We got it\", \"body\": \"Thanks\", \"needs_human\": false, \"reasons\": []}")
        .answer("check-approval-policy", "{\"approval_required\": false, \"reasons\": []}");
    String definition = Placeholders.resolve(asl, steps.register(lambdas, asl));
    machine = engine.createStateMachine("opsflow-service-intake", definition, StateMachineType.STANDARD);
  }

  static String classification(String urgency, boolean serviceRequest) {
    return """
        {"is_service_request": %s, "issue_type": "plumbing", "urgency": "%s", "team": "plumbing", "summary": "Sink leak",
         "fields": {"customer_name": {"value": "Ann Lee"}}, "violations": [],
         "agent": {"agent_id": "classify-extract", "agent_version": "1", "model_id": "local-rules"}}"""
        .formatted(serviceRequest, urgency);
  }

  static ObjectNode object(Object... keysAndValues) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.set((String) keysAndValues[i], Json.MAPPER.valueToTree(keysAndValues[i + 1]));
    }
    return node;
  }

  ExecutionResult runToEnd() {
    return engine.run(machine, "sms-SM1", INPUT);
  }

  /** Starts the execution and runs every step that is due now, without moving the clock. */
  String startAndSettle() {
    String arn = engine.settings().executionArn(StateMachineType.STANDARD, machine.name(), "sms-SM1");
    engine.start(engine.machines().revision(machine.definitionId()).orElseThrow(), arn, "sms-SM1", Json.parse(INPUT), "req-1");
    settle();
    return arn;
  }

  void settle() {
    while (engine.runOnce()) {
      // every step due now
    }
  }

  OpenToken onlyOpenToken() {
    List<OpenToken> open = engine.executions().openTokens(10);
    assertThat(open).hasSize(1);
    return open.getFirst();
  }

  void answer(OpenToken token, String output) {
    engine.answerToken(token.token(), Json.parse("{\"output\": " + output + "}"));
  }

  static List<String> entered(ExecutionResult result) {
    return result.history().stream()
        .filter(e -> e.path("type").asText().endsWith("StateEntered"))
        .map(e -> e.path("stateEnteredEventDetails").path("name").asText())
        .toList();
  }

  @Test
  void completeRoutineRequest_isConfirmedWithoutWaiting() {
    // GIVEN the default answers: a complete, routine plumbing request
    // WHEN it runs
    ExecutionResult result = runToEnd();
    // THEN it passes every step once, straight to the confirmation
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(entered(result)).containsExactly(
        "RecordRequest", "ClassifyRequest", "IsServiceRequest", "ExtractFields", "ScoreCompleteness", "MatchCustomer",
        "NeedsStaffAction", "SyncToCrm", "DraftConfirmation", "CheckApprovalPolicy", "IsApprovalRequired",
        "SendConfirmation", "RequestConfirmed");
    JsonNode step = steps.payloads("sync-to-crm").getFirst().path("step");
    assertThat(step.path("execution_id").asText()).isEqualTo(result.executionArn());
    assertThat(step.path("state_name").asText()).isEqualTo("SyncToCrm");
    assertThat(steps.payloads("sync-to-crm").getFirst().path("fields").path("customer_name").asText()).isEqualTo("Ann Lee");
  }

  @Test
  void notAServiceRequest_isClosedWithItsReason() {
    // GIVEN a message the agent says is no service request
    steps.answer("classify-request", classification("routine", false));
    // WHEN it runs
    ExecutionResult result = runToEnd();
    // THEN it is closed with the reason and nothing else happens
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(entered(result)).endsWith("IsServiceRequest", "CloseRequest", "RequestClosed");
    assertThat(steps.payloads("close-request").getFirst().path("reason").asText()).isEqualTo("not_service_request");
    assertThat(steps.functionsCalled()).doesNotContain("extract-fields", "sync-to-crm");
  }

  @Test
  void incompleteRequest_waitsForReview_thenResumesWithTheFilledFields() {
    // GIVEN an incomplete routine request
    steps.answer("score-completeness", "{\"score\": 0.5, \"complete\": false, \"missing\": [\"address\"]}");
    // WHEN it runs until it waits, and staff answer the review task before the SLA
    String arn = startAndSettle();
    OpenToken review = onlyOpenToken();
    answer(review, "{\"fields\": {\"customer_name\": \"Ann Lee\", \"address\": \"1 Main St\"}, \"by\": \"priya-nair\"}");
    engine.drain(arn);
    // THEN the review task saw what is missing, the filled fields flow on, and no escalation fired
    ExecutionResult result = engine.result(arn).orElseThrow();
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(review.stateName()).isEqualTo("OpenReviewTask");
    assertThat(steps.payloads("open-review-task").getFirst().path("kind").asText()).isEqualTo("review");
    assertThat(steps.payloads("open-review-task").getFirst().path("missing").get(0).asText()).isEqualTo("address");
    assertThat(steps.payloads("sync-to-crm").getFirst().path("fields").path("address").asText()).isEqualTo("1 Main St");
    assertThat(steps.functionsCalled()).doesNotContain("escalate-request");
    assertThat(clock.now()).isEqualTo(START);
  }

  @Test
  void urgentRequest_staffActAfterFirstRung_ladderStops() {
    // GIVEN an urgent, complete request
    steps.answer("classify-request", classification("urgent", true));
    String arn = startAndSettle();
    // WHEN the first rung's time passes with nobody acting, then staff acknowledge
    engine.executions().nextDue().ifPresent(clock::waitUntil);
    settle();
    answer(onlyOpenToken(), "{\"acknowledged\": true, \"by\": \"tom-kowalski\"}");
    engine.drain(arn);
    // THEN staff were told at once, rung 1 fired at its due time, rung 2 never did, and the request is confirmed
    ExecutionResult result = engine.result(arn).orElseThrow();
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(steps.functionsCalled()).containsSubsequence("notify-staff", "open-review-task", "escalate-request", "apply-review");
    assertThat(steps.payloads("open-review-task").getFirst().path("kind").asText()).isEqualTo("acknowledge");
    assertThat(steps.payloads("escalate-request")).extracting(p -> p.path("rung").path("level").asInt()).containsExactly(1);
    assertThat(clock.now()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
    assertThat(entered(result)).contains("StaffActed").endsWith("SendConfirmation", "RequestConfirmed");
  }

  @Test
  void urgentRequest_nobodyActs_everyRungFiresAtItsDueTime() {
    // GIVEN an urgent request nobody answers
    steps.answer("classify-request", classification("urgent", true));
    String arn = startAndSettle();
    // WHEN time runs on until the ladder is exhausted (the review task is still open)
    engine.executions().nextDue().ifPresent(clock::waitUntil);
    settle();
    engine.executions().nextDue().ifPresent(clock::waitUntil);
    settle();
    // THEN both rungs fired, each at its instant, and the task still waits for staff
    assertThat(steps.payloads("escalate-request")).extracting(p -> p.path("rung").path("level").asInt()).containsExactly(1, 2);
    assertThat(steps.payloads("escalate-request")).extracting(p -> Instant.parse(p.path("step").path("entered_at").asText()))
        .containsExactly(Instant.parse("2026-11-23T17:00:00Z"), Instant.parse("2026-11-23T18:00:00Z"));
    assertThat(onlyOpenToken().stateName()).isEqualTo("OpenReviewTask");
    assertThat(engine.result(arn).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void staffCloseTheRequestInReview_itIsClosed() {
    // GIVEN an incomplete request
    steps.answer("score-completeness", "{\"score\": 0.2, \"complete\": false, \"missing\": [\"address\", \"phone\"]}");
    String arn = startAndSettle();
    // WHEN staff close it from the review inbox
    answer(onlyOpenToken(), "{\"fields\": {}, \"close_reason\": \"spam\", \"by\": \"priya-nair\"}");
    engine.drain(arn);
    // THEN it is closed with their reason and nothing is sent
    assertThat(entered(engine.result(arn).orElseThrow())).endsWith("ApplyReview", "IsRequestOpen", "CloseRequest", "RequestClosed");
    assertThat(steps.payloads("close-request").getFirst().path("reason").asText()).isEqualTo("spam");
    assertThat(steps.functionsCalled()).doesNotContain("send-confirmation");
  }

  @Test
  void draftNeedingApproval_waitsForStaff_rejectedIsClosed_approvedIsSent() {
    // GIVEN a policy that asks for approval
    steps.answer("check-approval-policy", "{\"approval_required\": true, \"reasons\": [\"emergency\"]}");
    String arn = startAndSettle();
    // WHEN staff approve with an edited text
    OpenToken approval = onlyOpenToken();
    answer(approval, "{\"approved\": true, \"by\": \"dana-whitfield\", \"body\": \"Edited\"}");
    engine.drain(arn);
    // THEN the confirmation goes out with the approval attached
    assertThat(approval.stateName()).isEqualTo("OpenApprovalTask");
    assertThat(steps.payloads("open-approval-task").getFirst().path("reasons").get(0).asText()).isEqualTo("emergency");
    assertThat(steps.payloads("send-confirmation").getFirst().path("approval").path("body").asText()).isEqualTo("Edited");
    assertThat(engine.result(arn).orElseThrow().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void draftRejected_requestIsClosedWithoutConfirmation() {
    // GIVEN a policy that asks for approval
    steps.answer("check-approval-policy", "{\"approval_required\": true, \"reasons\": [\"names-price\"]}");
    String arn = startAndSettle();
    // WHEN staff reject the draft
    answer(onlyOpenToken(), "{\"approved\": false, \"by\": \"dana-whitfield\"}");
    engine.drain(arn);
    // THEN the request is closed as confirmation_rejected
    assertThat(steps.payloads("close-request").getFirst().path("reason").asText()).isEqualTo("confirmation_rejected");
    assertThat(steps.functionsCalled()).doesNotContain("send-confirmation");
  }

  @Test
  void transientErrorTwice_isRetriedWithBackoff_andSucceeds() {
    // GIVEN a classification that is throttled twice
    int[] calls = {0};
    JsonNode ok = Json.parse(classification("routine", true));
    steps.answer("classify-request", p -> ++calls[0] <= 2 ? FakeSteps.error("dev.opsflow.shared.reasoning.ReasonerThrottledException") : ok);
    // WHEN it runs
    ExecutionResult result = runToEnd();
    // THEN the third attempt succeeds after waiting
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(calls[0]).isEqualTo(3);
    assertThat(clock.now()).isAfter(START);
  }

  @Test
  void unrecoverableError_alertsOperators_andFailsWithTheOriginalError() {
    // GIVEN a CRM step that fails with a non-retryable error
    steps.answer("sync-to-crm", p -> FakeSteps.error("java.lang.IllegalStateException"));
    // WHEN it runs
    ExecutionResult result = runToEnd();
    // THEN operators are alerted with the failed state, and the execution fails explicitly with the error
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("java.lang.IllegalStateException");
    assertThat(entered(result)).endsWith("SyncToCrm", "AlertOperators", "RequestFailed");
    JsonNode alert = steps.payloads("alert-operators").getFirst();
    assertThat(alert.path("failed_state").asText()).isEqualTo("SyncToCrm");
    assertThat(alert.path("request_id").asText()).isEqualTo("req-1");
    assertThat(steps.functionsCalled()).doesNotContain("send-confirmation");
  }

  @Test
  void staffBranch_endsWithTheStaffActedError_thatTheParallelCatchesFirst() throws IOException {
    // GIVEN the state machine as written
    JsonNode asl = Json.parse(Files.readString(Path.of("..", "statemachines", "service-intake.asl.json")));
    JsonNode parallel = asl.path("States").path("AwaitStaffAction");
    // WHEN / THEN the review branch's Fail state raises the documented error name, and the first catcher takes it
    assertThat(parallel.path("Branches").get(0).path("States").path("StaffActed").path("Error").asText()).isEqualTo(StaffActed.ERROR);
    assertThat(parallel.path("Catch").get(0).path("ErrorEquals").get(0).asText()).isEqualTo(StaffActed.ERROR);
    assertThat(parallel.path("Catch").get(0).path("Next").asText()).isEqualTo("ApplyReview");
  }
}
