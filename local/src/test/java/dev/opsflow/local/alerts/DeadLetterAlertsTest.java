package dev.opsflow.local.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.events.BusSettings;
import dev.opsflow.local.events.EventBus;
import dev.opsflow.local.events.PutEventsEntry;
import dev.opsflow.shared.alert.AlertLinks;
import dev.opsflow.shared.alert.IncidentKind;
import dev.opsflow.shared.alert.Incidents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event bus's dead letters reach the operators once each, however often (and by whom) the bus is looked at. */
class DeadLetterAlertsTest {
  private final DataSource dataSource = TestPostgres.dataSource();
  private final Incidents incidents = new Incidents(dataSource, new AlertLinks("http://localhost:8080"), Clock.systemUTC());
  private EventBus bus;

  @BeforeEach
  void clean() {
    TestPostgres.truncate("bus_dead_letters", "bus_deliveries", "bus_events", "bus_schedules", "bus_rules", "alert_incidents", "outbox");
    bus = new EventBus(dataSource, new VirtualClock(Instant.parse("2026-11-21T10:00:00Z")), BusSettings.defaults("us-east-1", "111111111111"),
        (target, input, key) -> {
          throw new AssertionError("no rule, no delivery");
        });
  }

  @Test
  void eventNoRuleMatches_isOneIncident_acrossLooksAndRestarts() {
    // GIVEN an event no rule routes: the bus dead-letters it
    bus.putEvents(List.of(PutEventsEntry.of("opsflow", "opsflow.contracts", "ContractSigned", "{\"customer_id\": \"cus-1\"}")));

    // WHEN the alerts look three times, the last time after a restart of the node
    DeadLetterAlerts watcher = new DeadLetterAlerts(bus.deadLetters(), incidents);
    int first = watcher.check();
    int second = watcher.check();
    int afterRestart = new DeadLetterAlerts(bus.deadLetters(), incidents).check();

    // THEN one incident, linked to the dead-letter page, carried by one outbox event
    assertThat(List.of(first, second, afterRestart)).containsExactly(1, 0, 0);
    assertThat(incidents.recent(10)).singleElement().satisfies(incident -> {
      assertThat(incident.kind()).isEqualTo(IncidentKind.DEAD_LETTER);
      assertThat(incident.summary()).isEqualTo("Input from event bus opsflow was dead-lettered");
      assertThat(incident.link()).isEqualTo("http://localhost:8080/dead-letters");
    });
  }
}
