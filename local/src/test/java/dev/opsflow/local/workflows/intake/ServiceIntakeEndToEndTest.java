package dev.opsflow.local.workflows.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.demo.IntakeSamples;
import dev.opsflow.local.demo.IntakeSamples.Sample;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.intake.store.RequestRevision;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.workflow.IntakeStores;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The intake workflow end to end on the local engine: the real ASL, every real handler, PostgreSQL, the local
 * reasoner, the captured outbox, the built-in CRM; time is virtual. A request from each channel goes through
 * each path: complete; incomplete, reviewed and resumed; urgent with nobody acting (escalation climbs in business
 * hours); emergency with staff acting before the SLA; no service request. The CRM failure paths are in
 * {@link ServiceIntakeCrmFailureTest}.
 */
class ServiceIntakeEndToEndTest {
  /** Monday 2026-11-23, 09:00 in Chicago. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T15:00:00Z");
  /** Friday 2026-11-20, 16:00 in Chicago: an hour before closing. */
  static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T22:00:00Z");

  IntakeNode node;
  IntakeStores stores;
  NotificationStore outbox;

  IntakeNode start(Instant at) throws Exception {
    node = new IntakeNode(at);
    stores = IntakeStores.on(node.dataSource);
    outbox = new NotificationStore(node.dataSource);
    return node;
  }

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  String run(Sample sample) {
    String arn = node.start(sample.executionName(), Json.write(sample.input()));
    node.runToRest(arn);
    return arn;
  }

  List<String> recipients(String requestId, String event) {
    return outbox.forRequest(requestId).stream().filter(n -> n.event().wireName().equals(event)).map(NotificationRecord::recipient).toList();
  }

  @Test
  void completeSms_isRecordedMatchedSyncedAndConfirmed_withoutWaiting() throws Exception {
    // GIVEN a complete, routine plumbing request by SMS
    start(MONDAY_MORNING);
    Sample sms = IntakeSamples.byRequestId("req-demo-sms-100", MONDAY_MORNING);
    // WHEN it runs
    String arn = run(sms);
    // THEN it went straight through, in this order
    assertThat(node.status(arn)).as(node.describe(arn)).isEqualTo("SUCCEEDED");
    assertThat(node.statesEntered(arn)).containsExactly(
        "RecordRequest", "ClassifyRequest", "IsServiceRequest", "ExtractFields", "ScoreCompleteness", "MatchCustomer",
        "NeedsStaffAction", "SyncToCrm", "DraftConfirmation", "CheckApprovalPolicy", "IsApprovalRequired",
        "SendConfirmation", "RequestConfirmed");
    // ... the record: confirmed, revision 1 as received, revision 2 by the agent with the caller id as phone
    StoredRequest request = stores.requests().get("req-demo-sms-100");
    assertThat(request.status()).isEqualTo(RequestStatus.CONFIRMED);
    assertThat(request.issueType()).isEqualTo("plumbing");
    assertThat(request.urgency()).isEqualTo("routine");
    List<RequestRevision> revisions = stores.requests().revisions("req-demo-sms-100");
    assertThat(revisions).extracting(r -> r.changedBy().wire()).containsExactly("system:service-intake", "agent:classify-extract@" + revisions.get(1).changedBy().version());
    assertThat(revisions.get(1).record().path("phone").asText()).isEqualTo("+13125550144");
    assertThat(revisions.get(1).record().path("fixture").asText()).isEqualTo("toilet");
    // ... the CRM: a new customer in the built-in CRM, tied to the request
    CustomerStore customers = new CustomerStore(node.dataSource);
    assertThat(customers.findByPhone("+13125550144")).singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo(request.customerId()));
    // ... the notifications: only the confirmation, by SMS to the customer
    assertThat(outbox.forRequest("req-demo-sms-100")).singleElement().satisfies(n -> {
      assertThat(n.event().wireName()).isEqualTo("confirmation");
      assertThat(n.recipient()).isEqualTo("+13125550144");
    });
    // ... the trail: both agent calls logged, every step audited
    assertThat(stores.aiCalls().forRequest("req-demo-sms-100")).extracting(c -> c.agentId())
        .containsExactly("classify-extract", "draft-confirmation");
    assertThat(stores.audit().forRequest("req-demo-sms-100")).extracting(e -> e.action()).containsExactly(
        "request.received", "request.classified", "record.extracted", "request.scored", "customer.matched", "crm.synced",
        "confirmation.drafted", "approval.checked", "confirmation.sent");
  }

  @Test
  void incompleteEmail_waitsInTheInbox_andResumesWithWhatStaffFilledIn() throws Exception {
    // GIVEN an email without the service address
    start(MONDAY_MORNING);
    String arn = run(IntakeSamples.byRequestId("req-demo-email-200", MONDAY_MORNING));
    // WHEN it comes to rest, the inbox lists its review task
    List<JsonNode> pending = node.pendingTasks();
    assertThat(node.status(arn)).as(node.describe(arn)).isEqualTo("RUNNING");
    assertThat(pending).singleElement().satisfies(t -> assertThat(t.path("stateName").asText()).isEqualTo("OpenReviewTask"));
    assertThat(stores.requests().get("req-demo-email-200").status()).isEqualTo(RequestStatus.NEEDS_REVIEW);
    assertThat(stores.reviewTasks().pending(10)).singleElement()
        .satisfies(t -> assertThat(t.missingFields()).containsExactly("address"));
    assertThat(recipients("req-demo-email-200", "review-needed")).isNotEmpty();
    // ... and staff fill in the address (SendTaskSuccess)
    node.clock.advance(java.time.Duration.ofMinutes(20));
    node.sendTaskSuccess(pending.getFirst().path("taskToken").asText(),
        "{\"by\": \"priya-nair\", \"fields\": {\"address\": \"230 Cedar Lane, Skokie IL 60076\"}}");
    node.runToRest(arn);
    // THEN the workflow resumed with it: revision 3 is Priya's, the request is confirmed by email
    assertThat(node.status(arn)).as(node.describe(arn)).isEqualTo("SUCCEEDED");
    assertThat(node.statesEntered(arn)).containsSubsequence(
        "NeedsStaffAction", "AwaitStaffAction", "OpenReviewTask", "StaffActed", "ApplyReview", "IsRequestOpen", "SyncToCrm",
        "SendConfirmation", "RequestConfirmed");
    List<RequestRevision> revisions = stores.requests().revisions("req-demo-email-200");
    assertThat(revisions).hasSize(3);
    assertThat(revisions.get(2).changedBy().wire()).isEqualTo("staff:priya-nair");
    assertThat(revisions.get(2).record().path("address").asText()).isEqualTo("230 Cedar Lane, Skokie IL 60076");
    assertThat(stores.requests().get("req-demo-email-200").status()).isEqualTo(RequestStatus.CONFIRMED);
    assertThat(stores.reviewTasks().forRequest("req-demo-email-200")).singleElement()
        .satisfies(t -> assertThat(t.completedBy()).isEqualTo("priya-nair"));
    assertThat(recipients("req-demo-email-200", "confirmation")).containsExactly("robert.chen@example.com");
    assertThat(recipients("req-demo-email-200", "escalation")).isEmpty();
  }

  @Test
  void urgentVoicemail_nobodyActs_escalationFiresAfterTheSlaInBusinessHours_andClimbsUntilAcknowledged() throws Exception {
    // GIVEN an urgent voicemail on Friday at 16:00 (an hour before closing; Saturday opens 09:00-13:00)
    start(FRIDAY_AFTERNOON);
    String arn = node.start("voicemail-VM300", Json.write(IntakeSamples.byRequestId("req-demo-voicemail-300", FRIDAY_AFTERNOON).input()));
    node.settle();
    // ... the team was told at once and an acknowledge task waits
    assertThat(recipients("req-demo-voicemail-300", "urgent-request")).contains("+13125550121", "@sarahc");
    assertThat(node.pendingTasks()).singleElement().satisfies(t -> assertThat(t.path("stateName").asText()).isEqualTo("OpenReviewTask"));
    // WHEN nobody acts and time runs through the ladder's three rungs
    node.nextTimer();
    node.nextTimer();
    node.nextTimer();
    // THEN the SLA counted business minutes: rung 1 (the team lead) on Saturday 10:00, rung 2 (managers) 11:00,
    // rung 3 (the owner) 13:00 Chicago time, and the request is marked escalated
    assertThat(node.clock.now()).isEqualTo(Instant.parse("2026-11-21T19:00:00Z"));
    List<NotificationRecord> escalations = outbox.forRequest("req-demo-voicemail-300").stream()
        .filter(n -> n.event().wireName().equals("escalation")).toList();
    assertThat(escalations).extracting(NotificationRecord::recipient).containsExactlyInAnyOrder(
        "+13125550121", "@sarahc",                                                                   // the HVAC lead
        "+13125550101", "dana@ridgelinehome.example", "+13125550102", "marcus@ridgelinehome.example", // the managers
        "+13125550101", "dana@ridgelinehome.example");                                               // the owner
    assertThat(waitsExited(arn)).containsExactly(
        Instant.parse("2026-11-21T16:00:00Z"), Instant.parse("2026-11-21T17:00:00Z"), Instant.parse("2026-11-21T19:00:00Z"));
    assertThat(stores.requests().get("req-demo-voicemail-300").status()).isEqualTo(RequestStatus.ESCALATED);
    // ... and when Sarah finally acknowledges it, the request goes on to its confirmation
    node.sendTaskSuccess(node.pendingTasks().getFirst().path("taskToken").asText(), "{\"by\": \"sarah-chen\", \"acknowledged\": true}");
    node.runToRest(arn);
    assertThat(node.status(arn)).as(node.describe(arn) + node.pendingTasks() + node.statesEntered(arn)).isEqualTo("SUCCEEDED");
    assertThat(recipients("req-demo-voicemail-300", "confirmation")).containsExactly("+13125550155");
  }

  @Test
  void emergencyWebForm_staffActBeforeTheSla_escalationStops_andAPersonApprovesTheConfirmation() throws Exception {
    // GIVEN an emergency by web form on Monday morning (SLA: 15 minutes, around the clock)
    start(MONDAY_MORNING);
    String arn = node.start("web-F400", Json.write(IntakeSamples.byRequestId("req-demo-web-400", MONDAY_MORNING).input()));
    node.settle();
    assertThat(recipients("req-demo-web-400", "urgent-request")).contains("+13125550102", "@marcus"); // the on-call team
    // WHEN Marcus acknowledges it after 5 minutes
    node.clock.advance(java.time.Duration.ofMinutes(5));
    node.sendTaskSuccess(node.pendingTasks().getFirst().path("taskToken").asText(), "{\"by\": \"marcus-reyes\", \"acknowledged\": true}");
    node.settle();
    // THEN the next thing waiting is the approval the emergency rule asks for
    List<JsonNode> pending = node.pendingTasks();
    assertThat(pending).singleElement().satisfies(t -> assertThat(t.path("stateName").asText()).isEqualTo("OpenApprovalTask"));
    assertThat(stores.requests().get("req-demo-web-400").status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
    // ... and when Dana approves with her own words, the customer gets them
    node.sendTaskSuccess(pending.getFirst().path("taskToken").asText(),
        "{\"approved\": true, \"by\": \"dana-whitfield\", \"body\": \"Kevin is on his way. Keep away from the panel.\"}");
    node.runToRest(arn);
    while (node.nextTimer()) {
      // let any timer left behind come due: a cancelled escalation must not fire
    }
    assertThat(node.status(arn)).as(node.describe(arn)).isEqualTo("SUCCEEDED");
    assertThat(recipients("req-demo-web-400", "escalation")).isEmpty();
    assertThat(node.statesEntered(arn)).contains("WaitForEscalation").doesNotContain("EscalateRequest");
    assertThat(outbox.forRequest("req-demo-web-400").stream().filter(n -> n.event().wireName().equals("confirmation")))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient()).isEqualTo("+13125550199");
          assertThat(n.body()).isEqualTo("Kevin is on his way. Keep away from the panel.");
        });
    assertThat(node.history(arn)).anySatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("WaitStateEntered"))
        .noneSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("WaitStateExited"));
  }

  @Test
  void newsletter_isNotAServiceRequest_andIsClosedWithARecord() throws Exception {
    // GIVEN a marketing email
    start(MONDAY_MORNING);
    // WHEN it runs
    String arn = run(IntakeSamples.byRequestId("req-demo-email-500", MONDAY_MORNING));
    // THEN it is closed with the reason, nobody is told, no customer is made
    assertThat(node.status(arn)).as(node.describe(arn)).isEqualTo("SUCCEEDED");
    assertThat(node.statesEntered(arn)).containsExactly("RecordRequest", "ClassifyRequest", "IsServiceRequest", "CloseRequest", "RequestClosed");
    assertThat(stores.requests().get("req-demo-email-500").status()).isEqualTo(RequestStatus.CLOSED_NOT_SERVICE);
    assertThat(stores.audit().forRequest("req-demo-email-500")).last()
        .satisfies(e -> assertThat(e.detail().path("reason").asText()).isEqualTo("not_service_request"));
    assertThat(outbox.forRequest("req-demo-email-500")).isEmpty();
    assertThat(new CustomerStore(node.dataSource).findByEmail("offers@newsletter.example")).isEmpty();
  }

  /** When each WaitForEscalation ended (the rung's instant). */
  List<Instant> waitsExited(String arn) {
    return node.history(arn).stream()
        .filter(e -> e.path("type").asText().equals("WaitStateExited"))
        .map(e -> Instant.ofEpochMilli(e.path("timestamp").decimalValue().movePointRight(3).longValue()))
        .toList();
  }
}
