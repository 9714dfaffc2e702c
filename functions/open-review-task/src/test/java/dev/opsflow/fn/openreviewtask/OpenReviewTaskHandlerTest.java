package dev.opsflow.fn.openreviewtask;

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

class OpenReviewTaskHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final NotificationStore outbox = new NotificationStore(TestPostgres.dataSource());
  final OpenReviewTaskHandler handler = new OpenReviewTaskHandler(stores, new StaffAlerts(
      ConfigLoader.fromDirectory(Path.of("../../config")).notifications(), NotificationService.capturing(outbox)));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "review_tasks", "notifications", "audit_events");
    stores.requests().create(new NewRequest("req-1", "email-E1", "email", "E1", null, "Leak", "text", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String kind, String token) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:email-E1", "state_name": "OpenReviewTask"},
         "task_token": "%s", "request_id": "req-1", "kind": "%s", "issue_type": "plumbing", "urgency": "routine",
         "team": "plumbing", "fields": {"customer_name": "Ann Lee"}, "missing": ["address", "fixture"]}"""
        .formatted(token, kind)), Map.class);
  }

  @Test
  void review_opensATaskHoldingTheToken_andTellsTheDispatchers() {
    // GIVEN an incomplete request
    // WHEN the review task opens
    handler.handleRequest(event("review", "token-1"), null);
    // THEN the inbox holds it with the token and the missing fields, the request needs review, dispatchers are told
    ReviewTask task = stores.reviewTasks().pending(10).getFirst();
    assertThat(task.taskToken()).isEqualTo("token-1");
    assertThat(task.missingFields()).containsExactly("address", "fixture");
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.NEEDS_REVIEW);
    assertThat(outbox.forRequest("req-1")).isNotEmpty()
        .allSatisfy(n -> assertThat(n.body()).contains("Review request req-1 (address, fixture)"));
  }

  @Test
  void retriedState_keepsOneTask_withTheNewToken() {
    // GIVEN the task was opened with a first token
    handler.handleRequest(event("review", "token-1"), null);
    int notified = outbox.forRequest("req-1").size();
    // WHEN the state is retried and Step Functions issues a new token
    handler.handleRequest(event("review", "token-2"), null);
    // THEN there is still one task, answering to the new token, and nobody was told twice
    assertThat(stores.reviewTasks().forRequest("req-1")).singleElement()
        .satisfies(t -> assertThat(t.taskToken()).isEqualTo("token-2"));
    assertThat(outbox.forRequest("req-1")).hasSize(notified);
  }

  @Test
  void acknowledge_opensATaskWithoutTellingTheDispatchersAgain() {
    // GIVEN an urgent, complete request (NotifyStaff told the team)
    // WHEN the acknowledge task opens
    handler.handleRequest(event("acknowledge", "token-9"), null);
    // THEN the task is there and no further message went out
    assertThat(stores.reviewTasks().forRequest("req-1")).singleElement()
        .satisfies(t -> assertThat(t.kind().wireName()).isEqualTo("acknowledge"));
    assertThat(outbox.forRequest("req-1")).isEmpty();
  }
}
