package dev.opsflow.local.store;

import static dev.opsflow.local.store.PostgresExecutionStoreTest.MACHINE;
import static dev.opsflow.local.store.PostgresExecutionStoreTest.T0;
import static dev.opsflow.local.store.PostgresExecutionStoreTest.arn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.local.engine.EngineTestAccess;
import dev.opsflow.local.engine.ExecutionPage;
import dev.opsflow.local.engine.ExecutionQuery;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.Step;
import dev.opsflow.local.engine.WorkItem;
import dev.opsflow.local.engine.WorkKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresExecutionQueryTest {
  static final String OTHER_MACHINE = "arn:aws:states:us-east-1:111111111111:stateMachine:invoices";

  PostgresExecutionStore store;

  @BeforeEach
  void cleanDatabase() {
    store = TestDatabase.clean().executionStore();
  }

  ExecutionState create(String name, String machine, int startSecond, String businessKey) {
    ExecutionState state = EngineTestAccess.newExecution(arn(name), machine, name, T0.plusSeconds(startSecond), businessKey);
    Step first = EngineTestAccess.newStep(state, state.startTime());
    EngineTestAccess.event(first, "ExecutionStarted");
    first.work().add(new WorkItem(0, arn(name), "1", 0, WorkKind.ENTER, state.startTime(), null));
    assertThat(store.create(first)).isTrue();
    return state;
  }

  void finish(ExecutionState state, ExecutionStatus status, Instant stop) {
    Step step = EngineTestAccess.newStep(state, stop);
    EngineTestAccess.event(step, "Execution" + status);
    EngineTestAccess.close(state, status, stop, null);
    assertThat(store.commit(step, null)).isTrue();
  }

  List<String> allPages(ExecutionQuery first) {
    List<String> names = new ArrayList<>();
    ExecutionQuery query = first;
    while (true) {
      ExecutionPage page = store.executions(query);
      page.executions().forEach(e -> names.add(e.name()));
      if (page.nextToken() == null) {
        return names;
      }
      assertThat(page.executions()).hasSize(first.maxResults());
      query = new ExecutionQuery(first.stateMachineArn(), first.status(), first.businessKey(), first.maxResults(), page.nextToken());
    }
  }

  @Test
  void executions_pagedByMachine_newestFirstAcrossPages() {
    // GIVEN five executions of one machine and one of another
    for (int i = 1; i <= 5; i++) {
      create("e" + i, MACHINE, i, null);
    }
    create("other", OTHER_MACHINE, 10, null);

    // WHEN the machine's executions are listed two at a time
    List<String> names = allPages(new ExecutionQuery(MACHINE, null, null, 2, null));

    // THEN all five come, newest first, each once
    assertThat(names).containsExactly("e5", "e4", "e3", "e2", "e1");
  }

  @Test
  void executions_filteredByStatusAndBusinessKey_matchOnlyThose() {
    // GIVEN executions with different statuses and business keys
    ExecutionState a = create("a", MACHINE, 1, "order-1");
    create("b", MACHINE, 2, "order-2");
    ExecutionState c = create("c", OTHER_MACHINE, 3, "order-1");
    finish(a, ExecutionStatus.SUCCEEDED, T0.plusSeconds(20));
    finish(c, ExecutionStatus.FAILED, T0.plusSeconds(20));

    // WHEN filtering by status, by business key, and by both with a machine
    List<String> succeeded = allPages(new ExecutionQuery(null, ExecutionStatus.SUCCEEDED, null, 10, null));
    List<String> running = allPages(new ExecutionQuery(null, ExecutionStatus.RUNNING, null, 10, null));
    List<String> order1 = allPages(new ExecutionQuery(null, null, "order-1", 10, null));
    List<String> order1Failed = allPages(new ExecutionQuery(OTHER_MACHINE, ExecutionStatus.FAILED, "order-1", 10, null));

    // THEN each filter selects exactly its executions
    assertThat(succeeded).containsExactly("a");
    assertThat(running).containsExactly("b");
    assertThat(order1).containsExactly("c", "a");
    assertThat(order1Failed).containsExactly("c");
  }

  @Test
  void executions_exactlyOnePageFull_hasNoNextToken() {
    // GIVEN two executions
    create("a", MACHINE, 1, null);
    create("b", MACHINE, 2, null);

    // WHEN listed with a page size of two
    ExecutionPage page = store.executions(new ExecutionQuery(null, null, null, 2, null));

    // THEN the one page is the last
    assertThat(page.executions()).hasSize(2);
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void executions_withForeignToken_isRejectedAsInvalidToken() {
    assertThatThrownBy(() -> store.executions(new ExecutionQuery(null, null, null, 10, "not-a-token")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid Token: 'Invalid token'");
  }

  @Test
  void purge_removesOnlyClosedExecutionsOlderThanTheCutoff() {
    // GIVEN an old closed execution, a recent closed one and an old running one
    ExecutionState old = create("old", MACHINE, 1, null);
    ExecutionState recent = create("recent", MACHINE, 2, null);
    create("running", MACHINE, 3, null);
    finish(old, ExecutionStatus.SUCCEEDED, T0.plus(Duration.ofDays(1)));
    finish(recent, ExecutionStatus.FAILED, T0.plus(Duration.ofDays(80)));

    // WHEN closed executions stopped before day 30 are purged
    int purged = store.purgeClosedBefore(T0.plus(Duration.ofDays(30)));

    // THEN only the old closed one is gone, with its history and work
    assertThat(purged).isEqualTo(1);
    assertThat(store.find(arn("old"))).isEmpty();
    assertThat(store.history(arn("old"))).isEmpty();
    assertThat(store.find(arn("recent"))).isPresent();
    assertThat(store.find(arn("running"))).isPresent();
    assertThat(store.history(arn("recent"))).hasSize(2);
  }

  @Test
  void purgeHistoryOlderThan_keepsWhatIsYoungerThanTheRetention() {
    // GIVEN an execution closed 2 days ago (real time)
    ExecutionState closed = create("closed", MACHINE, 1, null);
    finish(closed, ExecutionStatus.SUCCEEDED, Instant.now().minus(Duration.ofDays(2)));

    // WHEN history older than 7 days, then older than 1 day, is purged
    int keptWeek = store.purgeHistoryOlderThan(Duration.ofDays(7));
    int purgedDay = store.purgeHistoryOlderThan(Duration.ofDays(1));

    // THEN the first keeps it and the second removes it
    assertThat(keptWeek).isZero();
    assertThat(purgedDay).isEqualTo(1);
    assertThat(store.find(arn("closed"))).isEmpty();
  }
}
