package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The dead-letter store: what lands there, and replaying it once the cause is fixed. */
class DeadLettersTest {
  private static final String PATTERN = "{\"source\": [\"opsflow.contracts\"], \"detail-type\": [\"ContractSigned\"]}";
  private static final String DETAIL = "{\"customer_id\": \"cus-1\"}";

  private final BusHarness h = new BusHarness();

  @Test
  void unmatchedEvent_isDeadLettered_andReplayedOnceARuleIsAdded() throws InterruptedException {
    // GIVEN a ContractSigned event put before any rule routes it
    String machine = h.machine("opsflow-client-onboarding");
    String eventId = h.put("opsflow", "opsflow.contracts", "ContractSigned", DETAIL).entries().getFirst().eventId();
    DeadLetter letter = h.bus.deadLetters().list().getFirst();
    assertThat(letter.reason()).isEqualTo(DeadLetterReason.NO_MATCHING_RULE);
    assertThat(letter.eventId()).isEqualTo(eventId);
    assertThat(letter.errorMessage()).isEqualTo("No enabled rule with targets on event bus opsflow matches the event.");
    // AND replaying it while no rule matches changes nothing
    ReplayResult early = h.bus.deadLetters().replay(letter.id());
    assertThat(early.replayed()).isFalse();
    assertThat(h.bus.deadLetters().list()).hasSize(1);
    // WHEN the rule is added and the letter replayed
    h.bus.putRule(BusHarness.patternRule("contract-signed", "opsflow", PATTERN, new RuleTarget("onboarding", machine, null, "$.detail", null, null)), false);
    ReplayResult replay = h.bus.deadLetters().replay(letter.id());
    h.drainFor(Duration.ofMinutes(1));
    // THEN the event reached the machine, with its original detail, and the letter is marked replayed
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.deliveryIds()).hasSize(1);
    assertThat(h.executions(machine)).singleElement()
        .satisfies(e -> assertThat(h.executionInput(e.executionArn())).isEqualTo(Json.parse(DETAIL)));
    assertThat(h.bus.deadLetters().list()).isEmpty();
    assertThat(h.bus.deadLetters().find(letter.id()).orElseThrow().replayNote()).startsWith("replayed as deliveries ");
    // AND replaying it again does nothing
    assertThat(h.bus.deadLetters().replay(letter.id()).replayed()).isFalse();
    h.drainFor(Duration.ofMinutes(1));
    assertThat(h.executions(machine)).hasSize(1);
  }

  @Test
  void failedDelivery_isReplayedToItsTarget_onceTheTargetExists() throws InterruptedException {
    // GIVEN an event dead-lettered because its function was not deployed
    h.bus.putRule(BusHarness.patternRule("contract-signed", "opsflow", PATTERN, RuleTarget.of("welcome", BusHarness.lambdaArn("opsflow-send-welcome"))), false);
    h.put("opsflow", "opsflow.contracts", "ContractSigned", DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    DeadLetter letter = h.bus.deadLetters().list().getFirst();
    assertThat(letter.reason()).isEqualTo(DeadLetterReason.NON_RETRYABLE_ERROR);
    assertThat(letter.errorCode()).isEqualTo("ResourceNotFoundException");
    // WHEN the function is deployed and the letter replayed
    List<String> received = new ArrayList<>();
    h.lambdas.register("opsflow-send-welcome", (payload, invocation) -> {
      received.add(payload.path("detail").path("customer_id").asText());
      return payload;
    });
    h.bus.deadLetters().replay(letter.id());
    h.drainFor(Duration.ofMinutes(1));
    // THEN the function got the original event
    assertThat(received).containsExactly("cus-1");
    assertThat(h.bus.deadLetters().list()).isEmpty();
  }

  @Test
  void unknownLetter_cannotBeReplayed() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> h.bus.deadLetters().replay(424242)).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void anotherProcess_seesAndReplaysTheSameLetters() throws InterruptedException {
    // GIVEN a dead letter, and a dead-letter store opened by another process (the dashboard) on the same database
    String machine = h.machine("opsflow-client-onboarding");
    h.put("opsflow", "opsflow.contracts", "ContractSigned", DETAIL);
    DeadLetters dashboard = DeadLetters.open(h.dataSource, h.clock, h.settings);
    // WHEN the rule is added through the node's bus and the dashboard replays
    h.bus.putRule(BusHarness.patternRule("contract-signed", "opsflow", PATTERN, RuleTarget.of("onboarding", machine)), false);
    ReplayResult replay = dashboard.replay(dashboard.list().getFirst().id());
    h.drainFor(Duration.ofMinutes(1));
    // THEN the node's workers deliver it
    assertThat(replay.replayed()).isTrue();
    assertThat(h.executions(machine)).hasSize(1);
  }
}
