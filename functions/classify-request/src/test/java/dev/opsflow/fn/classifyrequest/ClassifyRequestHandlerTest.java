package dev.opsflow.fn.classifyrequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.reasoning.ReasonerConfig;
import dev.opsflow.shared.reasoning.Reasoners;
import dev.opsflow.shared.workflow.IntakeStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassifyRequestHandlerTest {
  static final Path CONFIG = Path.of("../../config");

  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final ClassifyRequestHandler handler = new ClassifyRequestHandler(
      stores,
      Reasoners.from(ReasonerConfig.from(Map.of("OPSFLOW_CONFIG_DIR", CONFIG.toString()))),
      ClassifyRequestHandler.router(ConfigLoader.fromDirectory(CONFIG)));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "audit_events", "ai_calls");
    stores.requests().create(new NewRequest("req-1", "voicemail-V1", "voicemail", "V1", null, null, "text", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String text) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:voicemail-V1", "state_name": "ClassifyRequest"},
         "request_id": "req-1", "channel": "voicemail", "subject": null, "text": "%s",
         "received_at": "2026-11-23T15:00:00Z", "from": {"phone": "+13125550188", "email": null, "name": null}}"""
        .formatted(text)), Map.class);
  }

  @Test
  void burstPipeVoicemail_isAnEmergencyPlumbingRequest_routedAndLogged() {
    // GIVEN a voicemail about a burst pipe
    String text = "Hi this is Maria Lopez, a pipe burst in my basement and water is everywhere, "
        + "I'm at 1420 West Addison Street Chicago, call me at 312-555-0188";
    // WHEN it is classified
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event(text), null));
    // THEN it is an emergency plumbing request for the plumbing team, stored, audited as the agent, and the call logged
    assertThat(out.path("is_service_request").asBoolean()).isTrue();
    assertThat(out.path("issue_type").asText()).isEqualTo("plumbing");
    assertThat(out.path("urgency").asText()).isEqualTo("emergency");
    assertThat(out.path("fields").path("phone").path("value").asText()).isEqualTo("+13125550188");
    StoredRequest stored = stores.requests().get("req-1");
    assertThat(stored.status()).isEqualTo(RequestStatus.CLASSIFIED);
    assertThat(stored.urgency()).isEqualTo("emergency");
    assertThat(stored.team()).isEqualTo(out.path("team").asText()).isNotBlank();
    assertThat(stores.aiCalls().forRequest("req-1")).singleElement().satisfies(call -> {
      assertThat(call.agentId()).isEqualTo(out.path("agent").path("agent_id").asText());
      assertThat(call.agentVersion()).isNotBlank();
    });
    assertThat(stores.audit().forRequest("req-1")).singleElement()
        .satisfies(e -> assertThat(e.actor().wire()).startsWith("agent:"));
  }

  @Test
  void marketingEmail_isNotAServiceRequest_andRetryLogsTheCallOnce() {
    // GIVEN a message with no service need
    Map<String, Object> event = event("Congratulations! You have been selected for our exclusive newsletter offer.");
    // WHEN it is classified twice (a retry)
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event, null));
    handler.handleRequest(event, null);
    // THEN it is no service request, the status stays received, and one AI call and one audit event are kept
    assertThat(out.path("is_service_request").asBoolean()).isFalse();
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(stores.aiCalls().forRequest("req-1")).hasSize(1);
    assertThat(stores.audit().forRequest("req-1")).hasSize(1);
  }
}
