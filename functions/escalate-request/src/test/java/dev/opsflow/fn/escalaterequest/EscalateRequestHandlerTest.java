package dev.opsflow.fn.escalaterequest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StaffAlerts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalateRequestHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final NotificationStore outbox = new NotificationStore(TestPostgres.dataSource());
  final EscalateRequestHandler handler = new EscalateRequestHandler(stores, new StaffAlerts(
      ConfigLoader.fromDirectory(Path.of("../../config")).notifications(), NotificationService.capturing(outbox)));

  @BeforeEach
  void oneStoredRequest() {
    TestPostgres.truncate("requests", "request_revisions", "notifications", "audit_events");
    stores.requests().create(new NewRequest("req-1", "sms-SM1", "sms", "SM1", null, null, "no heat", null,
        Instant.parse("2026-11-23T15:00:00Z"), null), Actor.system("test"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(int level, String recipients, String channels) {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:sms-SM1", "state_name": "EscalateRequest"},
         "request_id": "req-1", "urgency": "urgent", "team": "hvac",
         "rung": {"level": %d, "last": false, "due_at": "2026-11-23T17:00:00Z", "recipients": %s, "channels": %s}}"""
        .formatted(level, recipients, channels)), Map.class);
  }

  @Test
  void eachRung_tellsItsRecipientsOnItsChannels_andMarksTheRequestEscalated() {
    // GIVEN rung 1 (the team lead, by sms and slack) and rung 2 (a manager, by sms and email)
    // WHEN both fire, the first one twice (a retry)
    handler.handleRequest(event(1, "[\"sarah-chen\"]", "[\"sms\", \"slack\"]"), null);
    handler.handleRequest(event(1, "[\"sarah-chen\"]", "[\"sms\", \"slack\"]"), null);
    handler.handleRequest(event(2, "[\"marcus-reyes\"]", "[\"sms\", \"email\"]"), null);
    // THEN each rung's messages went out once, and the request is escalated with one audit event per rung
    assertThat(outbox.forRequest("req-1")).extracting(NotificationRecord::recipient)
        .containsExactlyInAnyOrder("+13125550121", "@sarahc", "+13125550102", "marcus@ridgelinehome.example");
    assertThat(outbox.forRequest("req-1")).allSatisfy(n -> assertThat(n.event().wireName()).isEqualTo("escalation"));
    assertThat(stores.requests().get("req-1").status()).isEqualTo(RequestStatus.ESCALATED);
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.detail().path("level").asInt()).containsExactly(1, 2);
  }
}
