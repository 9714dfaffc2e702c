package dev.opsflow.local.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.events.BusSettings;
import dev.opsflow.local.events.EventBridgeHttpApi;
import dev.opsflow.local.events.EventBus;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.outbox.EventBridgeClients;
import dev.opsflow.shared.outbox.EventBridgePublisher;
import dev.opsflow.shared.outbox.Outbox;
import dev.opsflow.shared.outbox.OutboxEvent;
import dev.opsflow.shared.outbox.OutboxRelay;
import dev.opsflow.shared.outbox.RelayPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The relay speaks to the node's real EventBridge API: what it publishes is what the local bus stores. */
class OutboxToLocalBusTest {
  @Test
  void relayedEvents_reachTheLocalBusWithTheirOutboxIdInTheDetail() throws Exception {
    // GIVEN the local bus's API, and two events in the outbox (one for the default bus, one for "opsflow")
    DataSource dataSource = TestPostgres.dataSource();
    TestPostgres.truncate("bus_dead_letters", "bus_deliveries", "bus_events", "bus_schedules", "bus_rules", "outbox");
    EventBus bus = new EventBus(dataSource, new VirtualClock(Instant.parse("2026-11-21T10:00:00Z")),
        BusSettings.defaults("us-east-1", "111111111111"), (target, input, key) -> {
          throw new AssertionError("no rules, no deliveries");
        });
    UUID toDefault = append(dataSource, OutboxEvent.toBus("opsflow.intake", "RequestStatusChanged",
        JsonNodeFactory.instance.objectNode().put("request_id", "req-1")));
    UUID toOpsflow = append(dataSource, new OutboxEvent("eventbridge:opsflow", "opsflow.alerts", "OperatorAlertRaised",
        JsonNodeFactory.instance.objectNode().put("incident", "dead-letter:1"), null));
    try (EventBridgeHttpApi api = new EventBridgeHttpApi(bus).start("127.0.0.1", 0);
        EventBridgeClient client = EventBridgeClients.from(Map.of("OPSFLOW_EVENTS_ENDPOINT", api.endpoint().toString()))) {
      OutboxRelay relay = new OutboxRelay(dataSource, Map.of(OutboxEvent.EVENT_BUS, new EventBridgePublisher(client, "default")),
          RelayPolicy.defaults(), Clock.systemUTC());

      // WHEN the relay runs
      int published = relay.drain(5);

      // THEN the bus stored both, on their buses, with source, type and detail.event_id
      assertThat(published).isEqualTo(2);
      List<JsonNode> stored = storedEvents(dataSource);
      assertThat(stored).extracting(e -> e.path("detail").path("event_id").asText())
          .containsExactlyInAnyOrder(toDefault.toString(), toOpsflow.toString());
      assertThat(stored).anySatisfy(e -> {
        assertThat(e.path("source").asText()).isEqualTo("opsflow.intake");
        assertThat(e.path("detail-type").asText()).isEqualTo("RequestStatusChanged");
        assertThat(e.path("detail").path("request_id").asText()).isEqualTo("req-1");
      });
      assertThat(busOf(dataSource, toOpsflow)).isEqualTo("opsflow");
      assertThat(busOf(dataSource, toDefault)).isEqualTo("default");
    }
  }

  private static UUID append(DataSource dataSource, OutboxEvent event) {
    return Jdbc.inTransaction(dataSource, "append", c -> Outbox.append(c, event));
  }

  private static List<JsonNode> storedEvents(DataSource dataSource) {
    return Jdbc.withConnection(dataSource, "read", c -> {
      List<JsonNode> events = new ArrayList<>();
      try (var s = c.createStatement(); var rows = s.executeQuery("SELECT event FROM bus_events")) {
        while (rows.next()) {
          events.add(Json.parse(rows.getString(1)));
        }
      }
      return events;
    });
  }

  private static String busOf(DataSource dataSource, UUID outboxId) {
    return Jdbc.withConnection(dataSource, "read", c -> {
      try (var s = c.prepareStatement("SELECT event_bus FROM bus_events WHERE event::jsonb -> 'detail' ->> 'event_id' = ?")) {
        s.setString(1, outboxId.toString());
        try (var row = s.executeQuery()) {
          row.next();
          return row.getString(1);
        }
      }
    });
  }
}
