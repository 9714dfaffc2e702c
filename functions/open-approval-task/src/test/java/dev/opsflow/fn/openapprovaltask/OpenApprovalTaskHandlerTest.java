package dev.opsflow.fn.openapprovaltask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StaffAlerts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenApprovalTaskHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final NotificationStore outbox = new NotificationStore(TestPostgres.dataSource());
  final OpenApprovalTaskHandler handler = new OpenApprovalTaskHandler(stores, new StaffAlerts(
      ConfigLoader.fromDirectory(Path.of("../../config")).notifications(), NotificationService.capturing(outbox)));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "review_tasks", "notifications", "audit_events");
    stores.requests().create(new NewRequest("req-1", "sms-SM1", "sms", "SM1", null, null, "gas smell", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event() {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "OpenApprovalTask"},
         "task_token": "token-a", "request_id": "req-1",
         "draft": {"subject": "We got your request", "body": "A technician will call you.", "needs_human": false},
         "reasons": [{"rule_id": "emergency", "text": "Emergency requests are confirmed by a person."}]}"""), Map.class);
  }

  @Test
  void draft_waitsInTheInboxAsAnApproval_andApproversAreToldWhy() {
    // GIVEN an emergency request's draft
    // WHEN the approval task opens
    handler.handleRequest(event(), null);
    // THEN the inbox holds the draft under the token, the request awaits approval, the dispatchers know why
    ReviewTask task = stores.reviewTasks().findByToken("token-a").orElseThrow();
    assertThat(task.kind().wireName()).isEqualTo("approval");
    assertThat(task.draft().path("body").asText()).isEqualTo("A technician will call you.");
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
    assertThat(outbox.forRequest("req-1")).isNotEmpty()
        .allSatisfy(n -> assertThat(n.body()).contains("Approve the confirmation for request req-1 (emergency)"));
  }
}
