package dev.opsflow.fn.recordrequest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordRequestHandlerTest {
  static final String EVENT = """
      {"step": {"execution_id": "arn:aws:states:us-east-1:123456789012:execution:opsflow-service-intake:sms-SM1",
                "state_name": "RecordRequest", "entered_at": "2026-11-23T15:00:01Z"},
       "request": {"id": "req-1", "channel": "sms", "source_id": "SM1", "from": {"phone": "+15551234567"},
                   "text": "My kitchen sink is leaking", "received_at": "2026-11-23T15:00:00Z"}}""";

  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final RecordRequestHandler handler = new RecordRequestHandler(stores);

  @BeforeEach
  void emptyTables() {
    TestPostgres.truncate("requests", "request_revisions", "audit_events");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String json) {
    return Json.MAPPER.convertValue(Json.parse(json), Map.class);
  }

  @Test
  void newRequest_isStoredWithRevisionOneAndAudited_andTheEnvelopeIsFilledIn() {
    // GIVEN an SMS envelope without subject, email or attachments
    // WHEN the step runs
    Map<String, Object> out = handler.handleRequest(event(EVENT), null);
    // THEN the request is stored as received, revision 1 holds the channel, and the output has every field
    StoredRequest stored = stores.requests().get("req-1");
    assertThat(stored.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(stored.executionName()).isEqualTo("sms-SM1");
    assertThat(stores.requests().revisions("req-1")).singleElement()
        .satisfies(r -> assertThat(r.record().path("channel").asText()).isEqualTo("sms"));
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("request.received");
    assertThat(out).containsEntry("request_id", "req-1").containsEntry("created", true);
    assertThat(Json.MAPPER.valueToTree(out.get("request")).toString())
        .contains("\"subject\":null", "\"email\":null", "\"attachments\":[]", "\"text\":\"My kitchen sink is leaking\"");
  }

  @Test
  void sameStepRunTwice_storesAndAuditsOnce() {
    // GIVEN the step already ran
    handler.handleRequest(event(EVENT), null);
    // WHEN it runs again (a retry after a lost response)
    Map<String, Object> again = handler.handleRequest(event(EVENT), null);
    // THEN nothing new is written and the same request is returned
    assertThat(again).containsEntry("request_id", "req-1").containsEntry("created", false);
    assertThat(stores.requests().revisions("req-1")).hasSize(1);
    assertThat(stores.audit().forRequest("req-1")).hasSize(1);
  }

  @Test
  void envelopeWithoutReceivedAt_isRefusedNamingTheField() {
    // GIVEN an envelope missing received_at
    String bad = EVENT.replace(", \"received_at\": \"2026-11-23T15:00:00Z\"", "");
    // WHEN / THEN
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> handler.handleRequest(event(bad), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("received_at");
  }
}
