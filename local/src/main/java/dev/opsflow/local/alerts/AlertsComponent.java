package dev.opsflow.local.alerts;

import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.events.BusSettings;
import dev.opsflow.local.events.DeadLetters;
import dev.opsflow.local.node.NodeComponent;
import dev.opsflow.local.node.NodeContext;
import dev.opsflow.shared.alert.AlertLinks;
import dev.opsflow.shared.alert.Incidents;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator alerts in {@code opsflow local}: unrecoverable execution failures of the workflows named {@code
 * OPSFLOW_ALERT_MACHINE_PREFIX} (default {@code opsflow-}), unless the workflow alerted by itself through one of the
 * states of {@code OPSFLOW_ALERT_HANDLED_STATES} (comma-separated, default {@code AlertOperators}), and the event
 * bus's dead letters (looked at every
 * {@value #DEAD_LETTER_CHECK_SECONDS} s) become incidents, linked to the dashboard at {@code OPSFLOW_PUBLIC_URL}.
 * The outbox relay component delivers them to the operators' channels; the relay itself raises stuck-outbox
 * incidents.
 */
public final class AlertsComponent implements NodeComponent {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsComponent.class);
  private static final long DEAD_LETTER_CHECK_SECONDS = 30;

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public AutoCloseable start(NodeContext context) throws Exception {
    Incidents incidents = new Incidents(context.dataSource(), AlertLinks.from(context.env()), Clock.systemUTC());
    String prefix = context.env().getOrDefault("OPSFLOW_ALERT_MACHINE_PREFIX", "opsflow-");
    AutoCloseable observing = context.engine().observe(
        new ExecutionFailureAlerts(incidents, prefix, context.engine().executions()::history, alertingStates(context.env())));
    EngineSettings engine = context.engine().settings();
    DeadLetterAlerts deadLetters = new DeadLetterAlerts(
        DeadLetters.open(context.dataSource(), context.engine().clock(), BusSettings.defaults(engine.region(), engine.account())), incidents);
    ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("opsflow-alerts").factory());
    checks.scheduleWithFixedDelay(() -> {
      try {
        deadLetters.check();
      } catch (RuntimeException e) {
        // A database outage must not end the checks (a scheduled task that throws is never run again).
        LOG.warn("Looking for new dead letters failed", e);
      }
    }, 1, DEAD_LETTER_CHECK_SECONDS, TimeUnit.SECONDS);
    return () -> {
      checks.shutdownNow();
      observing.close();
    };
  }

  private static Set<String> alertingStates(Map<String, String> env) {
    return Arrays.stream(env.getOrDefault("OPSFLOW_ALERT_HANDLED_STATES", "AlertOperators").split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toSet());
  }
}
