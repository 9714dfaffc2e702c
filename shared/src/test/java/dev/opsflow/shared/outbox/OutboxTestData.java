package dev.opsflow.shared.outbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.Jdbc;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Outbox fixtures: events appended in committed transactions, a real EventBridge client for an endpoint. */
final class OutboxTestData {
  private OutboxTestData() {}

  static ObjectNode payload(int n) {
    return JsonNodeFactory.instance.objectNode().put("request_id", "req-" + n).put("status", "confirmed");
  }

  static OutboxEvent event(int n) {
    return OutboxEvent.toBus("opsflow.intake", "RequestStatusChanged", payload(n));
  }

  /** Appends {@code count} events, each in its own committed transaction; returns their ids. */
  static List<UUID> appendCommitted(DataSource dataSource, int count, Clock clock) {
    List<UUID> ids = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      OutboxEvent event = event(n);
      ids.add(Jdbc.inTransaction(dataSource, "append", connection -> Outbox.append(connection, event, clock)));
    }
    return ids;
  }

  static EventBridgeClient client(URI endpoint) {
    return EventBridgeClients.from(Map.of("OPSFLOW_EVENTS_ENDPOINT", endpoint.toString()));
  }

  static long count(DataSource dataSource, String sql) {
    return Jdbc.withConnection(dataSource, "count", connection -> {
      try (var statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    });
  }
}
