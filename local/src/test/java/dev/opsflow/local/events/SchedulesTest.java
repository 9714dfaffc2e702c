package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduled rules on the virtual clock: each slot fires once, on time, across restarts. */
class SchedulesTest {
  private final BusHarness h = new BusHarness();
  private final List<String> slots = new CopyOnWriteArrayList<>();

  @BeforeEach
  void recordingFunction() {
    h.lambdas.register("opsflow-tick", (payload, invocation) -> {
      slots.add(payload.path("slot").asText());
      return payload;
    });
  }

  private static EventRule schedule(String expression) {
    RuleTarget tick = new RuleTarget(
        "tick", BusHarness.lambdaArn("opsflow-tick"), null, null,
        new InputTransformer(Map.of("slot", "$.time", "source", "$.source"), "{\"slot\": <slot>, \"source\": <source>}"), null);
    return new EventRule("tick", EventRule.DEFAULT_BUS, null, RuleState.ENABLED, null, expression, List.of(tick));
  }

  @Test
  void rateSchedule_firesEveryPeriod_onTheVirtualClock() throws InterruptedException {
    // GIVEN rate(5 minutes) made at 08:00
    h.bus.loadFileRules(List.of(schedule("rate(5 minutes)")));
    // WHEN 16 minutes pass
    h.drainFor(Duration.ofMinutes(16));
    // THEN it fired at 08:05, 08:10 and 08:15, each a "Scheduled Event"
    assertThat(slots).containsExactly("2026-03-02T08:05:00Z", "2026-03-02T08:10:00Z", "2026-03-02T08:15:00Z");
  }

  @Test
  void cronSchedule_firesAtItsMinute() throws InterruptedException {
    // GIVEN a 09:00 daily cron made at 08:00
    h.bus.loadFileRules(List.of(schedule("cron(0 9 * * ? *)")));
    // WHEN two days pass
    h.drainFor(Duration.ofDays(2));
    // THEN it fired at 09:00 on both days
    assertThat(slots).containsExactly("2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z");
  }

  @Test
  void restart_neitherRepeatsAFiredSlot_norLosesOneDueWhileDown() throws InterruptedException {
    // GIVEN a rate(1 hour) schedule that fired its 09:00 slot
    h.bus.loadFileRules(List.of(schedule("rate(1 hour)")));
    h.drainFor(Duration.ofMinutes(61));
    assertThat(slots).containsExactly("2026-03-02T09:00:00Z");
    // WHEN the node restarts at 10:41 (a new bus on the same database loads the same rule files) and runs to 10:56
    h.clock.advance(Duration.ofMinutes(100));
    h.bus = h.newBus();
    h.bus.loadFileRules(List.of(schedule("rate(1 hour)")));
    h.drainFor(Duration.ofMinutes(15));
    // THEN 09:00 did not fire again; 10:00, due while down, fired once on restart; the next is 11:00, not a backlog
    assertThat(slots).containsExactly("2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z");
    assertThat(h.bus.nextDue()).contains(Instant.parse("2026-03-02T11:00:00Z"));
  }

  @Test
  void twoBusesOnOneDatabase_fireEachSlotOnce() throws InterruptedException {
    // GIVEN two node processes sharing the database
    h.bus.loadFileRules(List.of(schedule("rate(5 minutes)")));
    EventBus other = h.newBus();
    // WHEN both run past three slots, turn by turn
    Instant end = h.clock.now().plus(Duration.ofMinutes(16));
    while (h.clock.now().isBefore(end)) {
      while (other.runOnce() | h.bus.runOnce()) {
        // both keep working until nothing is due
      }
      h.clock.advance(Duration.ofMinutes(1));
    }
    // THEN each slot fired once
    assertThat(slots).containsExactly("2026-03-02T08:05:00Z", "2026-03-02T08:10:00Z", "2026-03-02T08:15:00Z");
  }

  @Test
  void disabledSchedule_doesNotFire_andStartsFiringWhenEnabled() throws InterruptedException {
    // GIVEN a disabled schedule
    EventRule rule = schedule("rate(5 minutes)");
    h.bus.loadFileRules(List.of(new EventRule(rule.name(), rule.eventBus(), null, RuleState.DISABLED, null, rule.scheduleExpression(), rule.targets())));
    h.drainFor(Duration.ofMinutes(11));
    assertThat(slots).isEmpty();
    // WHEN it is enabled
    h.bus.loadFileRules(List.of(rule));
    h.drainFor(Duration.ofMinutes(5));
    // THEN it fires from the next slot on
    assertThat(slots).containsExactly("2026-03-02T08:15:00Z");
  }

  @Test
  void scheduledEvent_isEventBridgesScheduledEvent() throws InterruptedException {
    // GIVEN a schedule whose target gets the whole event
    h.lambdas.register("opsflow-whole", (payload, invocation) -> {
      slots.add(Json.write(payload));
      return payload;
    });
    h.bus.loadFileRules(List.of(new EventRule("tick", "default", null, RuleState.ENABLED, null, "rate(1 minute)",
        List.of(RuleTarget.of("whole", BusHarness.lambdaArn("opsflow-whole"))))));
    // WHEN it fires
    h.drainFor(Duration.ofSeconds(61));
    // THEN the target got source aws.events, detail-type "Scheduled Event", the rule's ARN and an empty detail
    var event = Json.parse(slots.getFirst());
    assertThat(event.path("source").asText()).isEqualTo("aws.events");
    assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
    assertThat(event.path("resources").get(0).asText()).isEqualTo("arn:aws:events:us-east-1:111111111111:rule/tick");
    assertThat(event.path("detail").isEmpty()).isTrue();
    assertThat(event.path("time").asText()).isEqualTo("2026-03-02T08:01:00Z");
  }
}
