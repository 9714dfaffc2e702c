package dev.opsflow.fn.closerequest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloseRequestHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final CloseRequestHandler handler = new CloseRequestHandler(stores);

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "audit_events");
    stores.requests().create(new NewRequest("req-1", "email-m1", "email", "m1", null, "Newsletter", "Buy now", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String reason) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:email-m1", "state_name": "CloseRequest"},
         "request_id": "req-1", "reason": "%s", "classification": {"is_service_request": false}}""".formatted(reason)), Map.class);
  }

  @Test
  void notAServiceRequest_isClosedAndTheReasonAudited() {
    // GIVEN a stored request the classifier turned down
    // WHEN it is closed
    Map<String, Object> out = handler.handleRequest(event("not_service_request"), null);
    // THEN its status says so and the audit keeps the reason and the classification
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.CLOSED_NOT_SERVICE);
    assertThat(out).containsEntry("status", "closed_not_service");
    assertThat(stores.audit().forRequest("req-1")).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("request.closed");
      assertThat(e.detail().path("reason").asText()).isEqualTo("not_service_request");
      assertThat(e.detail().path("classification").path("is_service_request").asBoolean(true)).isFalse();
    });
  }

  @Test
  void rejectedConfirmation_keepsTheStatus_andRunningTwiceAuditsOnce() {
    // GIVEN a request whose confirmation an approver rejected
    // WHEN the step runs twice
    handler.handleRequest(event("confirmation_rejected"), null);
    handler.handleRequest(event("confirmation_rejected"), null);
    // THEN the status is unchanged and there is one audit event
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(stores.audit().forRequest("req-1")).hasSize(1);
  }
}
