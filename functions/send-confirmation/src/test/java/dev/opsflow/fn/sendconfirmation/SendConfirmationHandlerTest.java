package dev.opsflow.fn.sendconfirmation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.NewReviewTask;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.intake.store.ReviewTaskStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.workflow.IntakeStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendConfirmationHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final NotificationStore outbox = new NotificationStore(TestPostgres.dataSource());
  final SendConfirmationHandler handler = new SendConfirmationHandler(
      stores, ConfigLoader.fromDirectory(Path.of("../../config")).notifications(), NotificationService.capturing(outbox));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "review_tasks", "notifications", "audit_events");
    stores.requests().create(new NewRequest("req-1", "web-F1", "web", "F1", null, null, "text", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String channel, String fields, String approval) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:web-F1", "state_name": "SendConfirmation"},
         "request_id": "req-1", "channel": "%s", "fields": %s,
         "draft": {"subject": "We got your request", "body": "Thanks, we will call you to book a visit."},
         "approval": %s}""".formatted(channel, fields, approval)), Map.class);
  }

  @Test
  void webRequest_isConfirmedByEmail_once() {
    // GIVEN a web request with phone and email
    Map<String, Object> event = event("web", "{\"phone\": \"+15551234567\", \"email\": \"ann@example.com\"}", "null");
    // WHEN the confirmation is sent twice (a retry)
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event, null));
    handler.handleRequest(event, null);
    // THEN one email went to the customer with the draft, and the request is confirmed
    List<NotificationRecord> sent = outbox.forRequest("req-1");
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo("ann@example.com");
      assertThat(n.channel().wireName()).isEqualTo("email");
      assertThat(n.body()).isEqualTo("Thanks, we will call you to book a visit.");
    });
    assertThat(out.path("delivered").asBoolean()).isTrue();
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.CONFIRMED);
  }

  @Test
  void approvedWithAnEditedText_sendsTheEditBySms_andCompletesTheApprovalTask() {
    // GIVEN a voicemail request whose draft an approver edited, with the approval task still open
    stores.reviewTasks().open(new NewReviewTask("req-1", ReviewTaskKind.APPROVAL, "token-a", List.of(), null, "k"));
    Map<String, Object> event = event("voicemail", "{\"phone\": \"+15551234567\", \"email\": null}",
        "{\"approved\": true, \"by\": \"dana-whitfield\", \"body\": \"Dana here: a plumber will call you within the hour.\"}");
    // WHEN the confirmation is sent
    handler.handleRequest(event, null);
    // THEN the edited text went by SMS, the task is completed by the approver, and the audit names them
    assertThat(outbox.forRequest("req-1")).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo("+15551234567");
      assertThat(n.body()).startsWith("Dana here");
    });
    assertThat(stores.reviewTasks().forRequest("req-1")).singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(ReviewTaskStatus.COMPLETED));
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.actor().wire()).containsExactly("staff:dana-whitfield");
  }
}
