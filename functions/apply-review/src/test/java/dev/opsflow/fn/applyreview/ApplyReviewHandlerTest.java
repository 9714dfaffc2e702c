package dev.opsflow.fn.applyreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.NewReviewTask;
import dev.opsflow.shared.intake.store.RequestRevision;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.intake.store.ReviewTaskStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplyReviewHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final ApplyReviewHandler handler =
      new ApplyReviewHandler(stores, ConfigLoader.fromDirectory(Path.of("../../config")).questionFlow());

  @BeforeEach
  void incompleteRequestWithAnOpenTask() {
    TestPostgres.truncate("requests", "request_revisions", "review_tasks", "audit_events");
    stores.requests().create(new NewRequest("req-1", "sms-SM1", "sms", "SM1", null, null, "leak", null,
        Instant.parse("2026-11-23T15:00:00Z"), (com.fasterxml.jackson.databind.node.ObjectNode) Json.parse("""
            {"channel": "sms", "customer_name": "Ann Lee", "phone": "+15551234567", "description": "Sink leaks",
             "issue_type": "plumbing", "urgency": "routine"}""")), Actor.system("test"));
    stores.reviewTasks().open(new NewReviewTask("req-1", ReviewTaskKind.REVIEW, "token-1", List.of("address", "fixture"), null, "k1"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String answer) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "ApplyReview"},
         "request_id": "req-1", "issue_type": "plumbing", "fields": {}, "answer": %s}""".formatted(answer)), Map.class);
  }

  @Test
  void filledFields_becomeTheStaffMembersRevision_theRequestIsCompleteAndTheTaskDone() {
    // GIVEN staff filled in the address and the fixture
    String answer = "{\"by\": \"priya-nair\", \"fields\": {\"address\": \"12 Oak St, Springfield\", \"fixture\": \"sink\"}}";
    // WHEN the answer is applied
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event(answer), null));
    // THEN revision 2 is theirs, the request is complete now, and the task is completed by them
    RequestRevision last = stores.requests().revisions("req-1").getLast();
    assertThat(last.revision()).isEqualTo(2);
    assertThat(last.changedBy().wire()).isEqualTo("staff:priya-nair");
    assertThat(last.record().path("address").asText()).isEqualTo("12 Oak St, Springfield");
    assertThat(out.path("completeness").path("complete").asBoolean()).isTrue();
    assertThat(out.path("fields").path("fixture").asText()).isEqualTo("sink");
    assertThat(out.path("close_reason").isNull()).isTrue();
    assertThat(stores.reviewTasks().forRequest("req-1")).singleElement().satisfies(t -> {
      assertThat(t.status()).isEqualTo(ReviewTaskStatus.COMPLETED);
      assertThat(t.completedBy()).isEqualTo("priya-nair");
    });
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.actor().wire()).containsExactly("staff:priya-nair");
  }

  @Test
  void closeWithoutFields_writesNoRevision_andPassesTheReasonOn() {
    // GIVEN staff decided the message is spam
    // WHEN the answer is applied
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event("{\"by\": \"priya-nair\", \"close_reason\": \"spam\"}"), null));
    // THEN the record is unchanged and the reason goes to the workflow
    assertThat(stores.requests().revisions("req-1")).hasSize(1);
    assertThat(out.path("close_reason").asText()).isEqualTo("spam");
    assertThat(out.path("completeness").path("complete").asBoolean()).isFalse();
  }
}
