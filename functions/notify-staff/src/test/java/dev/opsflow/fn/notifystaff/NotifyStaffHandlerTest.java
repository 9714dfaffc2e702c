package dev.opsflow.fn.notifystaff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StaffAlerts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotifyStaffHandlerTest {
  final IntakeStores stores = IntakeStores.on(TestPostgres.dataSource());
  final NotificationStore outbox = new NotificationStore(TestPostgres.dataSource());
  final NotifyStaffHandler handler = new NotifyStaffHandler(stores, new StaffAlerts(
      ConfigLoader.fromDirectory(Path.of("../../config")).notifications(), NotificationService.capturing(outbox)));

  @BeforeEach
  void emptyOutbox() {
    TestPostgres.truncate("notifications", "audit_events");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event() {
    return Json.MAPPER.convertValue(Json.parse("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:1:execution:m:voicemail-V1", "state_name": "NotifyStaff"},
         "request_id": "req-1", "issue_type": "plumbing", "urgency": "emergency", "team": "plumbing",
         "summary": "Burst pipe in the basement", "fields": {"customer_name": "Maria Lopez", "phone": "+13125550188"}}"""),
        Map.class);
  }

  @Test
  void emergency_tellsEveryTeamMemberOnEveryConfiguredChannel_once() {
    // GIVEN the plumbing team (two people with phone and Slack) and urgent-request on sms and slack
    // WHEN the step runs twice (a retry)
    handler.handleRequest(event(), null);
    handler.handleRequest(event(), null);
    // THEN four messages are captured in the outbox, once each, naming the request and the customer
    List<NotificationRecord> captured = outbox.forRequest("req-1");
    assertThat(captured).hasSize(4);
    assertThat(captured).extracting(r -> r.channel().wireName()).containsOnly("sms", "slack");
    assertThat(captured).extracting(NotificationRecord::recipient).contains("+13125550111", "@luis");
    assertThat(captured.getFirst().body()).contains("[EMERGENCY] Plumbing request req-1", "Maria Lopez", "+13125550188");
    assertThat(stores.audit().forRequest("req-1")).extracting(e -> e.action()).containsExactly("staff.notified");
  }
}
