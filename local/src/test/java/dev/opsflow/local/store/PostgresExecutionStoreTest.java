package dev.opsflow.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.EngineTestAccess;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.Step;
import dev.opsflow.local.engine.WorkItem;
import dev.opsflow.local.engine.WorkKind;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresExecutionStoreTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");
  static final String MACHINE = "arn:aws:states:us-east-1:111111111111:stateMachine:orders";

  PostgresExecutionStore store;

  @BeforeEach
  void cleanDatabase() {
    store = TestDatabase.clean().executionStore();
  }

  static String arn(String name) {
    return "arn:aws:states:us-east-1:111111111111:execution:orders:" + name;
  }

  /** Creates an execution whose first step has an ExecutionStarted event and one ENTER item due at T0. */
  static ExecutionState started(PostgresExecutionStore store, String name) {
    ExecutionState state = EngineTestAccess.newExecution(arn(name), MACHINE, name, T0, null);
    Step first = EngineTestAccess.newStep(state, T0);
    EngineTestAccess.event(first, "ExecutionStarted");
    first.work().add(new WorkItem(0, arn(name), "1", 0, WorkKind.ENTER, T0, null));
    assertThat(store.create(first)).isTrue();
    return state;
  }

  @Test
  void createThenFind_returnsCheckpointAtVersionZeroWithHistory() {
    // GIVEN an execution created with a business key
    ExecutionState state = EngineTestAccess.newExecution(arn("a"), MACHINE, "a", T0, "order-42");
    Step first = EngineTestAccess.newStep(state, T0);
    EngineTestAccess.event(first, "ExecutionStarted");

    // WHEN it is stored and read back
    boolean created = store.create(first);
    ExecutionState found = store.find(arn("a")).orElseThrow();

    // THEN the copy carries its fields, version 0 and the first event
    assertThat(created).isTrue();
    assertThat(found).isNotSameAs(state);
    assertThat(found.name()).isEqualTo("a");
    assertThat(found.stateMachineArn()).isEqualTo(MACHINE);
    assertThat(found.businessKey()).isEqualTo("order-42");
    assertThat(found.startTime()).isEqualTo(T0);
    assertThat(found.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(found.version()).isZero();
    assertThat(store.history(arn("a"))).extracting(e -> e.get("type").asText()).containsExactly("ExecutionStarted");
  }

  @Test
  void createTwice_secondIsRefusedAndChangesNothing() {
    // GIVEN an existing execution
    started(store, "a");
    ExecutionState again = EngineTestAccess.newExecution(arn("a"), MACHINE, "a", T0.plusSeconds(5), null);
    Step step = EngineTestAccess.newStep(again, T0.plusSeconds(5));
    EngineTestAccess.event(step, "ExecutionStarted");
    step.work().add(new WorkItem(0, arn("a"), "1", 0, WorkKind.ENTER, T0, null));

    // WHEN the same ARN is created again
    boolean created = store.create(step);

    // THEN it is refused and neither history nor work grew
    assertThat(created).isFalse();
    assertThat(store.history(arn("a"))).hasSize(1);
    assertThat(store.find(arn("a")).orElseThrow().startTime()).isEqualTo(T0);
    assertThat(store.claim(T0, "w", Duration.ofMinutes(1))).isPresent();
    assertThat(store.claim(T0, "w", Duration.ofMinutes(1))).isEmpty();
  }

  @Test
  void find_unknownExecution_isEmpty() {
    assertThat(store.find(arn("nope"))).isEmpty();
  }

  @Test
  void commit_atCurrentVersion_savesEverythingAndBumpsTheCallersVersion() {
    // GIVEN a started execution and its claimed first item
    started(store, "a");
    WorkItem item = store.claim(T0, "w1", Duration.ofMinutes(1)).orElseThrow();
    ExecutionState state = store.find(arn("a")).orElseThrow();

    // WHEN a step that ends the execution is committed, consuming the item
    Instant stop = T0.plusSeconds(3);
    Step step = EngineTestAccess.newStep(state, stop);
    EngineTestAccess.event(step, "ExecutionSucceeded");
    EngineTestAccess.close(state, ExecutionStatus.SUCCEEDED, stop, Json.parse("{\"z\":1,\"a\":[true]}"));
    boolean committed = store.commit(step, item);

    // THEN the checkpoint, history and queue all moved together
    assertThat(committed).isTrue();
    assertThat(state.version()).isEqualTo(1);
    ExecutionState found = store.find(arn("a")).orElseThrow();
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(found.stopTime()).isEqualTo(stop);
    assertThat(Json.write(found.output())).isEqualTo("{\"z\":1,\"a\":[true]}");
    assertThat(store.history(arn("a"))).extracting(e -> e.get("id").asLong()).containsExactly(1L, 2L);
    assertThat(store.nextDue()).isEmpty();
  }

  @Test
  void commit_fromStaleVersion_isRefusedAndChangesNothing() {
    // GIVEN two copies of the same checkpoint, one of which is committed
    started(store, "a");
    ExecutionState first = store.find(arn("a")).orElseThrow();
    ExecutionState second = store.find(arn("a")).orElseThrow();
    Step winner = EngineTestAccess.newStep(first, T0.plusSeconds(1));
    EngineTestAccess.event(winner, "PassStateEntered");
    assertThat(store.commit(winner, null)).isTrue();

    // WHEN the other copy commits a step with an event, a work item and a token
    Step loser = EngineTestAccess.newStep(second, T0.plusSeconds(2));
    EngineTestAccess.event(loser, "WaitStateEntered");
    loser.work().add(new WorkItem(0, arn("a"), "1", 1, WorkKind.WAKE, T0.plusSeconds(10), null));
    loser.tokens().add(new Step.TokenChange("tok", "Approve", null, true));
    boolean committed = store.commit(loser, null);

    // THEN it is refused, the caller keeps its version, and none of it was stored
    assertThat(committed).isFalse();
    assertThat(second.version()).isZero();
    assertThat(store.find(arn("a")).orElseThrow().version()).isEqualTo(1);
    assertThat(store.history(arn("a"))).extracting(e -> e.get("type").asText()).containsExactly("ExecutionStarted", "PassStateEntered");
    assertThat(store.openTokens(10)).isEmpty();
    assertThat(store.nextDue()).contains(T0);
  }

  @Test
  void commit_forMissingExecution_dropsTheConsumedItem() {
    // GIVEN a claimed item whose execution the engine could not find
    started(store, "a");
    WorkItem item = store.claim(T0, "w1", Duration.ofMinutes(1)).orElseThrow();

    // WHEN the engine commits its "missing execution" step for it
    boolean committed = store.commit(EngineTestAccess.newStep(EngineTestAccess.missingExecution(), T0), item);

    // THEN the item is gone for good
    assertThat(committed).isTrue();
    assertThat(store.nextDue()).isEmpty();
  }

  @Test
  void tokens_openedAndClosedByCommits_listOldestFirst() {
    // GIVEN two executions that open tokens at different times
    ExecutionState a = started(store, "a");
    ExecutionState b = started(store, "b");
    Step openB = EngineTestAccess.newStep(b, T0.plusSeconds(1));
    openB.tokens().add(new Step.TokenChange("token-b", "Review", Json.parse("{\"doc\":\"b\"}"), true));
    assertThat(store.commit(openB, null)).isTrue();
    Step openA = EngineTestAccess.newStep(a, T0.plusSeconds(2));
    openA.tokens().add(new Step.TokenChange("token-a", "Approve", Json.parse("{\"doc\":\"a\"}"), true));
    assertThat(store.commit(openA, null)).isTrue();

    // WHEN the first one is answered (closed)
    List<String> before = store.openTokens(10).stream().map(t -> t.token()).toList();
    Step closeB = EngineTestAccess.newStep(b, T0.plusSeconds(3));
    closeB.tokens().add(new Step.TokenChange("token-b", "Review", null, false));
    assertThat(store.commit(closeB, null)).isTrue();

    // THEN the inbox listed both oldest first, and now only the open one with its details
    assertThat(before).containsExactly("token-b", "token-a");
    assertThat(store.openTokens(10))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.token()).isEqualTo("token-a");
              assertThat(t.executionArn()).isEqualTo(arn("a"));
              assertThat(t.stateName()).isEqualTo("Approve");
              assertThat(t.taskInput()).isEqualTo(Json.parse("{\"doc\":\"a\"}"));
              assertThat(t.since()).isEqualTo(T0.plusSeconds(2));
            });
    assertThat(store.openTokens(0)).isEmpty();
  }

  @Test
  void history_keepsEventJsonExactly() {
    // GIVEN an event whose details have keys in a non-sorted order and decimals with trailing zeros
    ExecutionState state = EngineTestAccess.newExecution(arn("a"), MACHINE, "a", T0, null);
    Step first = EngineTestAccess.newStep(state, T0);
    EngineTestAccess.event(first, "ExecutionStarted");
    ObjectNode details = (ObjectNode) Json.parse("{\"output\":\"{\\\"b\\\":1.10,\\\"a\\\":null}\",\"zeta\":1,\"alpha\":[1.0]}");
    first.events().get(0).set("stateExitedEventDetails", details);

    // WHEN it is stored and read
    store.create(first);
    ObjectNode read = store.history(arn("a")).get(0);

    // THEN it is byte-for-byte what was written
    assertThat(Json.write(read)).isEqualTo(Json.write(first.events().get(0)));
  }
}
