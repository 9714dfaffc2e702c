package dev.opsflow.fn.draftconfirmation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasonerConfig;
import dev.opsflow.shared.reasoning.Reasoners;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.reasoning.guard.GuardedReasoner;
import dev.opsflow.shared.workflow.IntakeStores;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DraftConfirmationHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());

  @BeforeEach
  void emptyLogs() {
    TestPostgres.truncate("audit_events", "ai_calls");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event() {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:email-E1", "state_name": "DraftConfirmation"},
         "request_id": "req-1", "channel": "email", "issue_type": "hvac", "urgency": "routine",
         "fields": {"customer_name": "Ann Lee", "email": "ann@example.com", "system_type": "furnace", "water_shut_off": false,
                    "preferred_time": null}}"""), Map.class);
  }

  @Test
  void localAgent_draftsAReplyWithoutPromises_andTheCallIsLogged() {
    // GIVEN the local reasoner behind its guards
    DraftConfirmationHandler handler = new DraftConfirmationHandler(
        stores, Reasoners.from(ReasonerConfig.from(Map.of("OPSFLOW_CONFIG_DIR", "../../config"))));
    // WHEN it drafts
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event(), null));
    // THEN a draft that needs no human, its call logged and its text audited
    assertThat(out.path("body").asText()).isNotBlank();
    assertThat(out.path("needs_human").asBoolean()).isFalse();
    assertThat(out.path("flags")).isEmpty();
    assertThat(stores.aiCalls().forRequest("req-1")).hasSize(1);
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("confirmation.drafted");
  }

  @Test
  void draftPromisingATimeAndAPrice_isFlaggedForTheApprovalPolicy() {
    // GIVEN an agent that promises a visit tomorrow at 9am for $89, behind the real guards
    Reasoner promising = new Reasoner() {
      @Override
      public ReasoningResult classifyAndExtract(InboundText input) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Draft draftConfirmation(ConfirmationRequest request) {
        AgentCall call = new AgentCall("draft-confirmation", "2", "test-model", 120, 40, 5, Json.MAPPER.createObjectNode());
        return Draft.unchecked("Visit booked", "We will be there tomorrow at 9am; the call-out fee is $89.", call);
      }
    };
    DraftConfirmationHandler handler = new DraftConfirmationHandler(stores, GuardedReasoner.of(promising));
    // WHEN it drafts
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event(), null));
    // THEN the draft needs a human, with both flags, and the model's tokens are logged
    assertThat(out.path("needs_human").asBoolean()).isTrue();
    assertThat(out.path("flags").toString()).isEqualTo("[\"promises_time\",\"names_price\"]");
    assertThat(stores.aiCalls().forRequest("req-1")).singleElement().satisfies(call -> {
      assertThat(call.inputTokens()).isEqualTo(120);
      assertThat(call.modelId()).isEqualTo("test-model");
    });
  }
}
