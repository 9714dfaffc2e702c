package dev.opsflow.fn.alertoperators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.operations.OperatorAlerts;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared alert step takes the onboarding's and the intake's failure payloads alike, once per step entry. */
class AlertOperatorsHandlerTest {
  final AlertOperatorsHandler handler = new AlertOperatorsHandler(new OperatorAlerts(TestPostgres.dataSource(), Clock.systemUTC()));

  @BeforeEach
  void empty() {
    TestPostgres.truncate("operator_tasks", "operator_alerts");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> event(String json) {
    return Json.MAPPER.convertValue(Json.parse(json), Map.class);
  }

  @Test
  void intakePayload_isRecordedOnce_evenWhenTheStepRunsTwice() {
    // GIVEN the intake workflow's AlertOperators payload (request_id, no subject)
    Map<String, Object> event = event("""
        {"step": {"execution_id": "arn:aws:states:us-east-1:111111111111:execution:opsflow-service-intake:sms-SM1",
                  "state_name": "AlertOperators", "entered_at": "2026-11-21T10:00:03Z"},
         "request_id": "req-1", "failed_state": "ClassifyRequest", "error": "dev.opsflow.shared.reasoning.ReasonerUnavailableException",
         "cause": "{\\"errorMessage\\": \\"down\\"}"}""");

    // WHEN it runs twice (a retry)
    Map<String, Object> first = handler.handleRequest(event, null);
    Map<String, Object> second = handler.handleRequest(event, null);

    // THEN one alert, about request req-1, and the retry says it found it
    assertThat(first).containsEntry("created", true);
    assertThat(second).containsEntry("created", false).containsEntry("alert_id", first.get("alert_id"));
  }
}
