package dev.opsflow.bench.ingress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the burst must leave behind, read from the node's database: every valid unique webhook recorded exactly once
 * and published exactly once (its own bus event), no forged one recorded, and each entity's events published in
 * sequence order. Failures are collected, not thrown, so the report shows all of them.
 */
final class BurstChecks {
  private final IngressBenchOptions options;
  final List<String> failures = new ArrayList<>();

  BurstChecks(IngressBenchOptions options) {
    this.options = options;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(options.dbUrl(), "postgres", null);
  }

  /** Waits until no message of the source is pending; returns when (System.nanoTime) or -1 on timeout. */
  long awaitDrained() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + options.drainTimeoutSeconds() * 1_000_000_000L;
    try (Connection c = connect();
        PreparedStatement pending = c.prepareStatement("SELECT count(*) FROM inbound_messages WHERE source = ? AND status = 'pending'")) {
      pending.setString(1, options.source());
      while (System.nanoTime() < deadline) {
        try (ResultSet row = pending.executeQuery()) {
          row.next();
          if (row.getLong(1) == 0) {
            return System.nanoTime();
          }
        }
        Thread.sleep(100);
      }
    }
    failures.add("messages still pending after " + options.drainTimeoutSeconds() + " s");
    return -1;
  }

  void records(BurstPlan plan) throws SQLException {
    Set<String> expected = new HashSet<>();
    plan.streams().forEach(s -> s.stream().filter(x -> x.kind() == BurstPlan.Kind.UNIQUE).forEach(x -> expected.add(options.source() + ":" + x.eventId())));
    Set<String> recorded = new HashSet<>();
    Set<String> eventIds = new HashSet<>();
    int rows = 0;
    int notProcessed = 0;
    try (Connection c = connect();
        PreparedStatement select = c.prepareStatement("SELECT source_id, status, event_id FROM inbound_messages WHERE source = ?")) {
      select.setString(1, options.source());
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows++;
          recorded.add(r.getString("source_id"));
          if (!"processed".equals(r.getString("status")) || r.getString("event_id") == null) {
            notProcessed++;
          } else {
            eventIds.add(r.getString("event_id"));
          }
        }
      }
    }
    check(rows == plan.unique(), "records: " + rows + ", expected one per unique webhook: " + plan.unique());
    check(recorded.equals(expected), "recorded ids differ from the unique webhooks sent (missing " + difference(expected, recorded)
        + ", unexpected " + difference(recorded, expected) + ")");
    check(notProcessed == 0, notProcessed + " records not processed");
    check(eventIds.size() == plan.unique(), "distinct bus event ids on records: " + eventIds.size());
  }

  void busEvents(BurstPlan plan) throws SQLException {
    Map<String, List<Integer>> byEntity = new HashMap<>();
    Set<String> published = new HashSet<>();
    int events = 0;
    try (Connection c = connect();
        PreparedStatement select = c.prepareStatement("""
            SELECT event->'detail'->>'event_id' AS event_id, event->'detail'->'payload'->>'entity' AS entity,
                   (event->'detail'->'payload'->>'seq')::int AS seq
              FROM bus_events
             WHERE event->>'detail-type' = 'WebhookReceived' AND event->'detail'->>'webhook_source' = ?
             ORDER BY received_at, id""")) {
      select.setString(1, options.source());
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          events++;
          published.add(r.getString("event_id"));
          byEntity.computeIfAbsent(r.getString("entity"), k -> new ArrayList<>()).add(r.getInt("seq"));
        }
      }
    }
    check(events == plan.unique(), "bus events: " + events + ", expected exactly one per unique webhook: " + plan.unique());
    check(published.size() == events, (events - published.size()) + " webhooks published more than once");
    int outOfOrder = 0;
    for (List<Integer> seqs : byEntity.values()) {
      for (int i = 0; i < seqs.size(); i++) {
        if (seqs.get(i) != i + 1) {
          outOfOrder++;
          break;
        }
      }
    }
    check(outOfOrder == 0, outOfOrder + " entities whose events were published out of sequence order");
  }

  void answers(BurstSender.Result result) {
    int i = 0;
    for (BurstPlan.Kind kind : result.kinds()) {
      int status = result.statuses()[i];
      String body = result.bodies().get(i++);
      boolean ok = switch (kind) {
        case UNIQUE -> status == 202 && body.contains("\"duplicate\":false");
        case DUPLICATE -> status == 202 && body.contains("\"duplicate\":true");
        case BAD_SIGNATURE -> status == 401;
      };
      if (!ok) {
        failures.add(kind + " answered " + status + ": " + body);
        if (failures.size() > 20) {
          return;
        }
      }
    }
  }

  private void check(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new HashSet<>(a);
    d.removeAll(b);
    return d.size() > 5 ? Set.of(d.size() + " ids") : d;
  }
}
