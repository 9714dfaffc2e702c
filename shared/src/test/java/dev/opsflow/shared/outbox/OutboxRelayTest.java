package dev.opsflow.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The outbox and its relay on real PostgreSQL, publishing with the real SDK client to a PutEvents endpoint. */
class OutboxRelayTest {
  private final DataSource dataSource = TestPostgres.dataSource();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
  private PutEventsReceiver receiver;
  private EventBridgeClient client;

  @BeforeEach
  void start() throws Exception {
    TestPostgres.truncate("outbox");
    receiver = new PutEventsReceiver();
    client = OutboxTestData.client(receiver.endpoint());
  }

  @AfterEach
  void stop() {
    client.close();
    receiver.close();
  }

  private OutboxRelay relay() {
    return new OutboxRelay(dataSource, Map.of(OutboxEvent.EVENT_BUS, new EventBridgePublisher(client, "opsflow")), RelayPolicy.defaults(), clock);
  }

  @Test
  void appendInRolledBackTransaction_leavesNoEvent() {
    // GIVEN a state change that fails after appending its event
    try {
      Jdbc.inTransaction(dataSource, "change state", connection -> {
        Outbox.append(connection, OutboxTestData.event(1), clock);
        throw new IllegalStateException("the state change failed");
      });
    } catch (IllegalStateException expected) {
      // the transaction rolled back
    }

    // WHEN the relay runs
    OutboxRelay.Round round = relay().relayOnce();

    // THEN there was nothing to publish
    assertThat(round.claimed()).isZero();
    assertThat(receiver.entries()).isEmpty();
  }

  @Test
  void committedEvents_arePublishedOnceWithTheirIdInTheDetail() {
    // GIVEN 12 committed events (more than one PutEvents call of 10)
    List<UUID> ids = OutboxTestData.appendCommitted(dataSource, 12, clock);

    // WHEN the relay drains the outbox
    int published = relay().drain(10);

    // THEN each was put once, with its source, type, bus, and detail = payload + event_id
    assertThat(published).isEqualTo(12);
    assertThat(receiver.processed()).isEqualTo(ids.stream().map(UUID::toString).collect(Collectors.toSet()));
    assertThat(receiver.entries()).hasSize(12).allSatisfy(entry -> {
      assertThat(entry.path("Source").asText()).isEqualTo("opsflow.intake");
      assertThat(entry.path("DetailType").asText()).isEqualTo("RequestStatusChanged");
      assertThat(entry.path("EventBusName").asText()).isEqualTo("opsflow");
      assertThat(Json.parse(entry.path("Detail").asText()).path("status").asText()).isEqualTo("confirmed");
    });
    assertThat(OutboxTestData.count(dataSource, "SELECT count(*) FROM outbox WHERE published_at IS NULL")).isZero();
    assertThat(relay().relayOnce().claimed()).isZero();
  }

  @Test
  void keyedEventAppendedTwice_isStoredOnce() {
    // GIVEN an event keyed by execution and state, appended by a step and again by its retry
    OutboxEvent event = OutboxTestData.event(7).withKey("arn:exec#NotifyTeam");
    UUID first = Jdbc.inTransaction(dataSource, "append", c -> Outbox.append(c, event, clock));

    // WHEN the retry appends it again
    UUID second = Jdbc.inTransaction(dataSource, "append", c -> Outbox.append(c, event, clock));

    // THEN one row, one id
    assertThat(second).isEqualTo(first);
    assertThat(OutboxTestData.count(dataSource, "SELECT count(*) FROM outbox")).isEqualTo(1);
  }

  @Test
  void refusedEntry_isRetriedWithExponentialBackoffWhileTheOthersArePublished() {
    // GIVEN two events, and a bus that refuses the one for req-1 three times
    OutboxTestData.appendCommitted(dataSource, 2, clock);
    AtomicInteger refusals = new AtomicInteger();
    receiver.refuse(entry -> entry.path("Detail").asText().contains("req-1") && refusals.incrementAndGet() <= 3);
    OutboxRelay relay = relay();

    // WHEN the relay runs at each due time
    OutboxRelay.Round first = relay.relayOnce();
    List<Duration> waits = new java.util.ArrayList<>();
    for (int attempt = 0; attempt < 3; attempt++) {
      Instant due = nextAttempt(dataSource);
      waits.add(Duration.between(clock.instant(), due));
      assertThat(relay.relayOnce().claimed()).as("not due before its time").isZero();
      clock.advance(Duration.between(clock.instant(), due));
      relay.relayOnce();
    }

    // THEN req-0 went out at once; req-1 waited 1 s, 2 s, 4 s and went out on the fourth attempt
    assertThat(first.published()).isEqualTo(1);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(OutboxTestData.count(dataSource, "SELECT count(*) FROM outbox WHERE published_at IS NULL")).isZero();
    assertThat(OutboxTestData.count(dataSource, "SELECT max(attempts) FROM outbox")).isEqualTo(4);
    assertThat(receiver.processed()).hasSize(2);
  }

  @Test
  void eventFailingTooOften_isMarkedStuckOnceAndRetriedNowOnRequest() {
    // GIVEN an event for a destination no publisher serves, relayed until it has used its attempts
    UUID id = Jdbc.inTransaction(dataSource, "append", c -> Outbox.append(
        c, new OutboxEvent("pager", "opsflow.test", "Page", OutboxTestData.payload(1), null), clock));
    RelayPolicy policy = RelayPolicy.defaults();
    OutboxRelay relay = relay();
    OutboxMonitor monitor = new OutboxMonitor(dataSource, policy, clock);
    for (int attempt = 0; attempt < policy.stuckAttempts(); attempt++) {
      relay.relayOnce();
      clock.advance(policy.maxDelay());
    }

    // WHEN the monitor looks twice
    List<OutboxRecord> marked = monitor.markStuck();
    List<OutboxRecord> again = monitor.markStuck();

    // THEN it is reported once, listed as stuck with its error, and an operator's retry clears it
    assertThat(marked).extracting(OutboxRecord::id).containsExactly(id);
    assertThat(again).isEmpty();
    assertThat(monitor.stuck(10)).singleElement().satisfies(r -> {
      assertThat(r.attempts()).isEqualTo(policy.stuckAttempts());
      assertThat(r.lastError()).contains("No publisher for destination 'pager'");
    });
    assertThat(monitor.stats(Duration.ofMinutes(1)).stuck()).isEqualTo(1);
    assertThat(monitor.retryNow(id)).isTrue();
    assertThat(monitor.stuck(10)).isEmpty();
    assertThat(monitor.stats(Duration.ofMinutes(1))).satisfies(s -> {
      assertThat(s.pending()).isEqualTo(1);
      assertThat(s.overdue()).isZero();
    });
  }

  @Test
  void eventNobodyPublishedForTooLong_isMarkedStuck() {
    // GIVEN an event written 16 minutes ago that no relay has tried
    OutboxTestData.appendCommitted(dataSource, 1, clock);
    clock.advance(Duration.ofMinutes(16));

    // WHEN the monitor looks
    List<OutboxRecord> marked = new OutboxMonitor(dataSource, RelayPolicy.defaults(), clock).markStuck();

    // THEN it is stuck although it never failed
    assertThat(marked).singleElement().satisfies(r -> assertThat(r.attempts()).isZero());
  }

  private static Instant nextAttempt(DataSource dataSource) {
    return Jdbc.withConnection(dataSource, "read", c -> {
      try (var s = c.createStatement(); var row = s.executeQuery("SELECT next_attempt_at FROM outbox WHERE published_at IS NULL")) {
        row.next();
        return Jdbc.instant(row, "next_attempt_at");
      }
    });
  }

}
