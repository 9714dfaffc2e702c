package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.outbox.OutboxMonitor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * The node's health, from its database, so it holds for every process sharing it: the database answers; no work
 * item has been due for more than {@code grace} without a worker taking it (workers alive and keeping up); no
 * outbox event has been due for more than {@code grace} (a relay is running) and none is stuck. Status {@code ok},
 * {@code degraded} (something lags or is stuck: look at it) or {@code down} (no database: nothing works).
 */
public final class NodeHealth {
  private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(3);
  private static final ExecutorService PROBES = Executors.newVirtualThreadPerTaskExecutor();

  private final DataSource dataSource;
  private final OutboxMonitor outbox;
  private final Duration grace;
  private final Clock clock;

  public NodeHealth(DataSource dataSource, OutboxMonitor outbox, Duration grace, Clock clock) {
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.grace = grace;
    this.clock = clock;
  }

  /** {@code {"status": ..., "checks": {"database": {...}, "workers": {...}, "relay": {...}}}}. */
  public ObjectNode check() {
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    ObjectNode checks = JsonNodeFactory.instance.objectNode();
    ObjectNode database = database();
    checks.set("database", database);
    String status;
    if (!database.path("status").asText().equals("ok")) {
      status = "down";
    } else {
      checks.set("workers", workers());
      checks.set("relay", relay());
      boolean allOk = checks.properties().stream().allMatch(c -> c.getValue().path("status").asText().equals("ok"));
      status = allOk ? "ok" : "degraded";
    }
    report.put("status", status);
    report.set("checks", checks);
    return report;
  }

  private ObjectNode database() {
    ObjectNode check = JsonNodeFactory.instance.objectNode();
    long began = System.nanoTime();
    Future<Boolean> probe = PROBES.submit(this::ping);
    try {
      probe.get(DATABASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      check.put("status", "ok");
      check.put("latency_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
    } catch (TimeoutException e) {
      probe.cancel(true);
      check.put("status", "down").put("error", "no answer within " + DATABASE_TIMEOUT.toSeconds() + " s");
    } catch (ExecutionException e) {
      check.put("status", "down").put("error", String.valueOf(e.getCause().getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      check.put("status", "down").put("error", "interrupted");
    }
    return check;
  }

  private boolean ping() throws SQLException {
    try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement("SELECT 1")) {
      select.executeQuery().close();
      return true;
    }
  }

  private ObjectNode workers() {
    ObjectNode check = JsonNodeFactory.instance.objectNode();
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("""
            SELECT count(*), min(due_at) FROM work_items
            WHERE due_at < ? AND (lease_until IS NULL OR lease_until < ?)""")) {
      select.setTimestamp(1, Timestamp.from(now.minus(grace)));
      select.setTimestamp(2, Timestamp.from(now));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        long overdue = row.getLong(1);
        Timestamp oldest = row.getTimestamp(2);
        check.put("status", overdue == 0 ? "ok" : "lagging");
        check.put("overdue_items", overdue);
        if (oldest != null) {
          check.put("oldest_overdue_seconds", Duration.between(oldest.toInstant(), now).toSeconds());
        }
      }
    } catch (SQLException e) {
      check.put("status", "unknown").put("error", e.getMessage());
    }
    return check;
  }

  private ObjectNode relay() {
    ObjectNode check = JsonNodeFactory.instance.objectNode();
    try {
      OutboxMonitor.Stats stats = outbox.stats(grace);
      check.put("status", stats.stuck() > 0 ? "stuck" : stats.overdue() > 0 ? "lagging" : "ok");
      check.put("pending", stats.pending());
      check.put("overdue", stats.overdue());
      check.put("stuck", stats.stuck());
      if (stats.lastPublished() != null) {
        check.put("last_published_at", stats.lastPublished().toString());
      }
    } catch (RuntimeException e) {
      // StoreException and the like: the relay's state is unknown, which is itself worth a look.
      check.put("status", "unknown").put("error", e.getMessage());
    }
    return check;
  }
}
