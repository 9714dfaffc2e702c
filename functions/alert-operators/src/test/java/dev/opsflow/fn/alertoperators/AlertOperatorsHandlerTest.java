package dev.opsflow.fn.alertoperators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.operations.OperatorAlerts;
import dev.opsflow.shared.workflow.StaffAlerts;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertOperatorsHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final NotificationStore outbox = new NotificationStore(TestPostgres.dataSource());
  final AlertOperatorsHandler handler = new AlertOperatorsHandler(
      new OperatorAlerts(TestPostgres.dataSource(), Clock.systemUTC()), stores, Optional.of(new StaffAlerts(
      ConfigLoader.fromDirectory(Path.of("../../config")).notifications(), NotificationService.capturing(outbox))));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "notifications", "audit_events", "operator_alerts");
    stores.requests().create(new NewRequest("req-1", "web-F1", "web", "F1", null, null, "text", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String requestId) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:web-F1", "state_name": "AlertOperators"},
         "request_id": %s, "failed_state": "SyncToCrm", "error": "dev.opsflow.shared.crm.CrmRejectedException",
         "cause": "{\\"errorMessage\\": \\"HubSpot refused the contact (400)\\"}"}""".formatted(requestId)), Map.class);
  }

  @Test
  void failure_marksTheRequestFailed_auditsIt_andTellsOperationsOnce() {
    // GIVEN a stored request whose CRM sync failed for good
    // WHEN the alert runs twice (a retry)
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event("\"req-1\""), null));
    handler.handleRequest(event("\"req-1\""), null);
    // THEN one alert is recorded, the request is failed, the failure audited once, and the operations pager told
    // by Slack and email once
    assertThat(out.path("created").asBoolean()).isTrue();
    assertThat(out.path("request_marked_failed").asBoolean()).isTrue();
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.FAILED);
    assertThat(stores.audit().forRequest("req-1")).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("workflow.failed");
      assertThat(e.detail().path("failed_state").asText()).isEqualTo("SyncToCrm");
    });
    assertThat(outbox.forRequest("req-1")).extracting(NotificationRecord::recipient)
        .containsExactlyInAnyOrder("@ops", "ops@ridgelinehome.example");
    assertThat(outbox.forRequest("req-1").getFirst().body()).contains("Workflow failed at SyncToCrm for request:req-1", "CrmRejectedException");
  }

  @Test
  void failureBeforeTheRequestWasStored_stillAlerts() {
    // GIVEN no request row (RecordRequest itself failed)
    // WHEN the alert runs without a request id
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event("null"), null));
    // THEN nothing is marked, but operations are told
    assertThat(out.path("request_marked_failed").asBoolean()).isFalse();
    assertThat(out.path("notifications")).hasSize(2);
  }

  @Test
  void onboardingPayload_withASubject_isRecordedOnceAndAlerts() {
    // GIVEN the onboarding workflow's payload: a subject, no request
    @SuppressWarnings("unchecked")
    Map<String, Object> event = Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:opsflow-client-onboarding:ctr_1",
                  "state_name": "AlertOperators", "entered_at": "2026-11-21T10:00:03Z"},
         "failed_state": "CreateStripeCustomer", "error": "States.Timeout", "cause": null, "subject": "contract:ctr_1"}"""), Map.class);
    // WHEN it runs twice (a retry)
    JsonNode first = Json.MAPPER.valueToTree(handler.handleRequest(event, null));
    JsonNode second = Json.MAPPER.valueToTree(handler.handleRequest(event, null));
    // THEN one alert, found again by the retry; nothing to mark; operations told about the contract once
    assertThat(second.path("alert_id").asLong()).isEqualTo(first.path("alert_id").asLong());
    assertThat(second.path("created").asBoolean()).isFalse();
    assertThat(first.path("request_marked_failed").asBoolean()).isFalse();
    assertThat(outbox.recent(10)).hasSize(2).allSatisfy(n -> assertThat(n.body()).contains("for contract:ctr_1"));
  }

  @Test
  void operatorEmailsListed_emailsThemInsteadOfTheConfiguredRoute() {
    // GIVEN operators listed by email (the onboarding deployment's way)
    AlertOperatorsHandler listed = new AlertOperatorsHandler(new OperatorAlerts(TestPostgres.dataSource(), Clock.systemUTC(),
        NotificationService.capturing(outbox), List.of("oncall@example.com")), stores, Optional.empty());
    // WHEN a failure is alerted
    JsonNode out = Json.MAPPER.valueToTree(listed.handleRequest(event("\"req-1\""), null));
    // THEN exactly that address is emailed, and the request is still marked failed
    assertThat(outbox.recent(10)).singleElement().satisfies(n -> assertThat(n.recipient()).isEqualTo("oncall@example.com"));
    assertThat(out.path("request_marked_failed").asBoolean()).isTrue();
  }
}
