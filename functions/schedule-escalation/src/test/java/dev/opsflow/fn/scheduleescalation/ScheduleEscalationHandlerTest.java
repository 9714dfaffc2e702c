package dev.opsflow.fn.scheduleescalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.EscalationLadder;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.workflow.IntakeStores;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduleEscalationHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final ScheduleEscalationHandler handler = new ScheduleEscalationHandler(
      stores, new EscalationLadder(ConfigLoader.fromDirectory(Path.of("../../config")).notifications()));

  @BeforeEach
  void emptyAudit() {
    TestPostgres.truncate("audit_events");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String urgency, String receivedAt) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "ScheduleEscalation",
                  "entered_at": "2026-11-20T22:00:05Z"},
         "request_id": "req-1", "urgency": "%s", "team": "plumbing", "received_at": %s}""".formatted(urgency, receivedAt)), Map.class);
  }

  @Test
  void urgentRequestFridayEvening_slaCountsFromMondayOpening() {
    // GIVEN an urgent request received Friday 2026-11-20 at 16:00 Chicago time (22:00Z), one hour before closing
    // WHEN its ladder is planned
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event("urgent", "\"2026-11-20T22:00:00Z\""), null));
    // THEN the 120-minute SLA uses Friday's last hour and Saturday 09:00-10:00 (CST, UTC-6): due Saturday 16:00Z;
    // rung 1 then, rung 2 60 business minutes later, rung 3 (the owner) 180 after the SLA, Saturday closing at 13:00
    assertThat(out.path("sla_due_at").asText()).isEqualTo("2026-11-21T16:00:00Z");
    assertThat(out.path("rungs")).hasSize(3);
    assertThat(out.path("rungs").get(0).path("due_at").asText()).isEqualTo("2026-11-21T16:00:00Z");
    assertThat(out.path("rungs").get(0).path("recipients").toString()).isEqualTo("[\"tom-kowalski\"]");
    assertThat(out.path("rungs").get(1).path("due_at").asText()).isEqualTo("2026-11-21T17:00:00Z");
    assertThat(out.path("rungs").get(2).path("last").asBoolean()).isTrue();
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("escalation.scheduled");
  }

  @Test
  void emergency_countsEveryMinute_andWithoutReceivedAtStartsAtStateEntry() {
    // GIVEN an emergency with no received time
    // WHEN its ladder is planned
    JsonNode out = Json.MAPPER.valueToTree(handler.handleRequest(event("emergency", "null"), null));
    // THEN the 15-minute SLA counts from the state's entry, around the clock
    assertThat(out.path("sla_due_at").asText()).isEqualTo("2026-11-20T22:15:05Z");
    assertThat(out.path("rungs").get(1).path("due_at").asText()).isEqualTo("2026-11-20T22:30:05Z");
  }
}
