package dev.opsflow.local.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.node.NodeComponents;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The node's components as {@code opsflow local} starts them (ServiceLoader): a workflow that fails for good
 * alerts the operators once, on the channels of the shipped config, with a link to its request; a workflow that
 * is not ours, or that alerted by itself, alerts nobody here.
 */
class OperatorAlertNodeTest {
  private static final String FAILING = """
      {"StartAt": "Broken", "States": {"Broken": {"Type": "Fail", "Error": "CrmRejected", "Cause": "HubSpot said no"}}}""";
  /** A workflow with its own alert step before it fails (as the onboarding workflow has). */
  private static final String SELF_ALERTING = """
      {"StartAt": "AlertOperators", "States": {"AlertOperators": {"Type": "Pass", "Next": "Broken"},
                                              "Broken": {"Type": "Fail", "Error": "StripeDown"}}}""";

  private final DataSource dataSource = TestPostgres.dataSource();
  private final LocalEngine engine = LocalEngine.inMemory(new VirtualClock(Instant.parse("2026-11-21T10:00:00Z")), new LambdaRegistry());

  @BeforeEach
  void clean() {
    TestPostgres.truncate("alert_incidents", "outbox", "notifications");
  }

  @Test
  void unrecoverableFailureOfOurWorkflow_reachesTheOperatorsOnceWithALinkToTheRequest() throws Exception {
    // GIVEN the node's components started on the engine
    Map<String, String> env = Map.of("OPSFLOW_METRICS_PORT", "0", "OPSFLOW_PUBLIC_URL", "https://ops.example.com",
        "OPSFLOW_EVENTS_ENDPOINT", "http://127.0.0.1:9");
    NodeContext context = new NodeContext(engine, new LambdaRegistry(), dataSource, URI.create("http://127.0.0.1:8083"), Path.of(".."), "127.0.0.1", env);
    try (NodeComponents components = NodeComponents.start(context)) {
      // WHEN an intake execution fails; a machine that is not ours fails too; and one that alerted by itself fails
      StateMachineRef ours = engine.createStateMachine("opsflow-service-intake-test", FAILING, StateMachineType.STANDARD);
      StateMachineRef theirs = engine.createStateMachine("scratch", FAILING, StateMachineType.STANDARD);
      StateMachineRef selfAlerting = engine.createStateMachine("opsflow-onboarding-test", SELF_ALERTING, StateMachineType.STANDARD);
      ExecutionResult failed = engine.run(ours, "sms-SM1", "{\"request\": {\"id\": \"req-5\"}}");
      engine.run(theirs, "x-1", "{}");
      ExecutionResult alertedItself = engine.run(selfAlerting, "o-1", "{}");
      List<NotificationRecord> sent = awaitNotifications(2);

      // THEN the components are the three of this node; one incident; Slack and email, each once, with the link
      assertThat(components.names()).contains("telemetry", "alerts", "outbox-relay");
      assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(alertedItself.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(count("SELECT count(*) FROM alert_incidents")).isEqualTo(1);
      assertThat(sent).extracting(r -> r.channel().wireName() + " " + r.recipient())
          .containsExactlyInAnyOrder("slack #ops-alerts", "email ops@ridgelinehome.example");
      assertThat(sent).allSatisfy(r -> {
        assertThat(r.subject()).isEqualTo("[opsflow] opsflow-service-intake-test execution FAILED: CrmRejected");
        assertThat(r.body()).contains("HubSpot said no").contains("https://ops.example.com/requests/req-5");
      });
    }
  }

  private List<NotificationRecord> awaitNotifications(int expected) throws InterruptedException {
    NotificationStore store = new NotificationStore(dataSource);
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<NotificationRecord> sent = store.recent(10);
    while (sent.size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
      sent = store.recent(10);
    }
    return sent;
  }

  private long count(String sql) throws Exception {
    try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
