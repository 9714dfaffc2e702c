package dev.opsflow.fn.extractfields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.RequestRevision;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.RecordFields;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExtractFieldsHandlerTest {
  static final String EVENT = """
      {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:web-F1", "state_name": "ExtractFields"},
       "request_id": "req-1", "issue_type": "plumbing", "urgency": "urgent", "channel": "web",
       "extracted": {"customer_name": {"value": "Ann Lee", "evidence": {"start": 0, "end": 7, "quote": "Ann Lee"}},
                     "phone": {"value": "+15551234567"}, "fixture": {"value": "Water heater"},
                     "water_shut_off": {"value": "yes"}, "system_type": {"value": "furnace"},
                     "leak_location": {"value": "  basement  "}},
       "violations": [{"field": "email", "value": "x@y.z", "reason": "not in the message"}],
       "agent": {"agent_id": "classify-extract", "agent_version": "3", "model_id": "local-rules"},
       "from": {"phone": "+15550000000", "email": "ann@example.com", "name": null}}""";

  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final ExtractFieldsHandler handler = new ExtractFieldsHandler(
      stores, new RecordFields(ConfigLoader.fromDirectory(Path.of("../../config")).questionFlow()));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "audit_events");
    stores.requests().create(new NewRequest("req-1", "web-F1", "web", "F1", null, null, "text", null,
        Instant.parse("2026-11-23T15:00:00Z"), Json.MAPPER.createObjectNode().put("channel", "web")), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event() {
    return Json.MAPPER.convertValue(Json.parse(EVENT), Map.class);
  }

  @Test
  void extractedFields_becomeARevisionByTheAgent_typedAgainstTheQuestionFlow() {
    // GIVEN a plumbing request's extracted values, one of them an HVAC field
    // WHEN the step runs
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event(), null));
    // THEN revision 2 (by the agent) holds the checked values, the choice normalised and the yes/no a boolean
    List<RequestRevision> revisions = stores.requests().revisions("req-1");
    assertThat(revisions).hasSize(2);
    RequestRevision extracted = revisions.get(1);
    assertThat(extracted.changedBy().wire()).isEqualTo("agent:classify-extract@3");
    assertThat(extracted.record().path("fixture").asText()).isEqualTo("water_heater");
    assertThat(extracted.record().path("water_shut_off").isBoolean()).isTrue();
    assertThat(extracted.record().path("leak_location").asText()).isEqualTo("basement");
    assertThat(extracted.record().path("urgency").asText()).isEqualTo("urgent");
    assertThat(extracted.record().path("channel").asText()).isEqualTo("web");
    assertThat(extracted.record().has("system_type")).isFalse();
    // ... the message's phone wins over the caller id; the envelope's email fills the gap
    assertThat(extracted.record().path("phone").asText()).isEqualTo("+15551234567");
    assertThat(extracted.record().path("email").asText()).isEqualTo("ann@example.com");
    // ... the output carries the record and what was refused, and the status moved on
    assertThat(out.path("fields")).isEqualTo(extracted.record());
    assertThat(out.path("refused").findValuesAsText("field")).containsExactly("system_type");
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.EXTRACTED);
    assertThat(stores.audit().forRequest("req-1")).singleElement()
        .satisfies(e -> {
          assertThat(e.detail().path("violations").get(0).path("field").asText()).isEqualTo("email");
          assertThat(e.detail().path("from_channel").toString()).isEqualTo("[\"email\"]");
        });
  }

  @Test
  void retry_findsTheRevisionItWrote() {
    // GIVEN the step ran
    handler.handleRequest(event(), null);
    // WHEN it runs again
    JsonNode again = Json.MAPPER.valueToTree(handler.handleRequest(event(), null));
    // THEN no third revision, same output
    assertThat(stores.requests().revisions("req-1")).hasSize(2);
    assertThat(again.path("revision").asInt()).isEqualTo(2);
    assertThat(stores.audit().forRequest("req-1")).hasSize(1);
  }
}
