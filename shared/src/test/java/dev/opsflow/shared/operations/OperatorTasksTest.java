package dev.opsflow.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.json.Json;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alerts and operator tasks: recorded once per step key, listed while open, closed by the dashboard. */
class OperatorTasksTest {
  static final String EXECUTION = "arn:aws:states:us-east-1:111111111111:execution:opsflow-client-onboarding:contract-ctr_1";
  final OperatorAlerts alerts = new OperatorAlerts(TestPostgres.dataSource(), Clock.systemUTC());
  final OperatorTasks tasks = new OperatorTasks(TestPostgres.dataSource(), Clock.systemUTC());

  @BeforeEach
  void empty() {
    TestPostgres.truncate("operator_tasks", "operator_alerts");
  }

  @Test
  void alertRecordedTwiceWithTheSameKey_isOneAlert() {
    // GIVEN a failure report, as a Catch passes it
    FailureReport failure = new FailureReport("CreateStripeCustomer", "dev.opsflow.shared.integrations.PermanentIntegrationException", "{\"errorMessage\": \"...\"}", "contract:ctr_1", null);

    // WHEN the alert step runs twice (a retry)
    OperatorAlerts.Recorded first = alerts.record(EXECUTION + "#AlertOperators", EXECUTION, failure);
    OperatorAlerts.Recorded again = alerts.record(EXECUTION + "#AlertOperators", EXECUTION, failure);

    // THEN one alert exists, for the onboarding workflow, and the retry found it
    assertThat(first.created()).isTrue();
    assertThat(again.created()).isFalse();
    assertThat(again.alert().id()).isEqualTo(first.alert().id());
    assertThat(first.alert().workflow()).isEqualTo("opsflow-client-onboarding");
    assertThat(again.alert().failure().error()).isEqualTo(failure.error());
  }

  @Test
  void taskOpenedTwice_isListedOnceUntilClosed() {
    // GIVEN an alert and a task for it, opened twice with the same key
    long alertId = alerts.record("k#AlertOperators", EXECUTION, new FailureReport("S", "E", "C", null, "req-1")).alert().id();
    OperatorTasks.NewTask task =
        new OperatorTasks.NewTask("workflow_failure", "Onboarding of Acme failed", EXECUTION, "contract:ctr_1", alertId, "token-1", Json.parse("{\"failed_state\": \"S\"}"));
    OperatorTask opened = tasks.open("k#OpenOperatorTask", task);
    tasks.open("k#OpenOperatorTask", task);

    // WHEN the open tasks are listed, then it is closed
    var open = tasks.open();
    boolean closed = tasks.close(opened.id(), "operator@example.com");

    // THEN it was listed once, with its alert, and is no longer open
    assertThat(open).extracting(OperatorTask::id).containsExactly(opened.id());
    assertThat(open.get(0).alertId()).isEqualTo(alertId);
    assertThat(open.get(0).taskToken()).isEqualTo("token-1");
    assertThat(open.get(0).detail().path("failed_state").asText()).isEqualTo("S");
    assertThat(closed).isTrue();
    assertThat(tasks.open()).isEmpty();
    assertThat(tasks.find(opened.id()).orElseThrow().status()).isEqualTo("done");
  }
}
