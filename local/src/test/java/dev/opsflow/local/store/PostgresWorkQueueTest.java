package dev.opsflow.local.store;

import static dev.opsflow.local.store.PostgresExecutionStoreTest.T0;
import static dev.opsflow.local.store.PostgresExecutionStoreTest.arn;
import static dev.opsflow.local.store.PostgresExecutionStoreTest.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.EngineTestAccess;
import dev.opsflow.local.engine.Step;
import dev.opsflow.local.engine.WorkItem;
import dev.opsflow.local.engine.WorkKind;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresWorkQueueTest {
  static final Duration LEASE = Duration.ofSeconds(60);

  PostgresExecutionStore store;

  @BeforeEach
  void cleanDatabase() {
    store = TestDatabase.clean().executionStore();
  }

  /** Adds {@code items} to a started execution in one commit. */
  void schedule(ExecutionState state, List<WorkItem> items) {
    Step step = EngineTestAccess.newStep(state, T0);
    step.work().addAll(items);
    assertThat(store.commit(step, null)).isTrue();
  }

  static WorkItem item(String execution, WorkKind kind, Instant dueAt) {
    return new WorkItem(0, arn(execution), "2", 7, kind, dueAt, Json.parse("{\"k\":\"" + kind + "\"}"));
  }

  @Test
  void claim_takesDueItemsInDueOrderAndLeavesFutureOnes() {
    // GIVEN the start item due at T0, a timer due later and a retry due in between
    ExecutionState state = started(store, "a");
    schedule(state, List.of(item("a", WorkKind.WAKE, T0.plusSeconds(30)), item("a", WorkKind.RETRY, T0.plusSeconds(10))));

    // WHEN a worker claims at T0 + 10 s three times
    Instant now = T0.plusSeconds(10);
    WorkItem first = store.claim(now, "w", LEASE).orElseThrow();
    WorkItem second = store.claim(now, "w", LEASE).orElseThrow();

    // THEN it gets the ENTER then the RETRY, with their stored fields, and nothing else is due yet
    assertThat(first.kind()).isEqualTo(WorkKind.ENTER);
    assertThat(second.kind()).isEqualTo(WorkKind.RETRY);
    assertThat(second.executionArn()).isEqualTo(arn("a"));
    assertThat(second.frameId()).isEqualTo("2");
    assertThat(second.frameSeq()).isEqualTo(7);
    assertThat(second.dueAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(second.payload()).isEqualTo(Json.parse("{\"k\":\"RETRY\"}"));
    assertThat(store.claim(now, "w", LEASE)).isEmpty();
  }

  @Test
  void claim_fromTwoThreads_neverHandsOutAnItemTwice() throws Exception {
    // GIVEN 200 due items
    ExecutionState state = started(store, "a");
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < 199; i++) {
      items.add(item("a", WorkKind.ENTER, T0.minusMillis(i)));
    }
    schedule(state, items);

    // WHEN two threads claim as fast as they can until nothing is left
    CountDownLatch go = new CountDownLatch(1);
    Callable<List<Long>> worker =
        () -> {
          go.await();
          List<Long> claimed = new ArrayList<>();
          String name = Thread.currentThread().getName();
          for (var next = store.claim(T0, name, LEASE); next.isPresent(); next = store.claim(T0, name, LEASE)) {
            claimed.add(next.get().id());
          }
          return claimed;
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Long>> one = pool.submit(worker);
      Future<List<Long>> two = pool.submit(worker);
      go.countDown();
      List<Long> all = new ArrayList<>(one.get());
      all.addAll(two.get());

      // THEN every item was claimed exactly once, and both threads took part
      assertThat(all).hasSize(200).doesNotHaveDuplicates();
      assertThat(one.get()).isNotEmpty();
      assertThat(two.get()).isNotEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void claim_afterLeaseExpiry_handsTheItemToAnotherWorker() {
    // GIVEN an item claimed by a worker that then died
    started(store, "a");
    WorkItem taken = store.claim(T0, "dead-worker", LEASE).orElseThrow();

    // WHEN another worker claims before and after the lease ran out
    var beforeExpiry = store.claim(T0.plus(LEASE).minusMillis(1), "live-worker", LEASE);
    var afterExpiry = store.claim(T0.plus(LEASE), "live-worker", LEASE);

    // THEN it gets the item only after, and the queue reports when the lease ends as the next due time
    assertThat(beforeExpiry).isEmpty();
    assertThat(afterExpiry).map(WorkItem::id).contains(taken.id());
    assertThat(store.nextDue()).contains(T0.plus(LEASE).plus(LEASE));
  }

  @Test
  void nextDue_isTheEarliestClaimableTime() {
    // GIVEN a leased item (lease until T0 + 60 s) and a timer at T0 + 30 s
    ExecutionState state = started(store, "a");
    store.claim(T0, "w", LEASE).orElseThrow();
    schedule(state, List.of(item("a", WorkKind.WAKE, T0.plusSeconds(30))));

    // WHEN the next due time is asked
    var next = store.nextDue();

    // THEN it is the timer's
    assertThat(next).contains(T0.plusSeconds(30));
  }

  @Test
  void release_makesTheItemClaimableAtOnce() {
    // GIVEN a claimed item
    started(store, "a");
    WorkItem taken = store.claim(T0, "w1", LEASE).orElseThrow();

    // WHEN it is released
    store.release(taken);

    // THEN another worker claims it immediately
    assertThat(store.claim(T0, "w2", LEASE)).map(WorkItem::id).contains(taken.id());
  }

  @Test
  void claim_withSubMicrosecondDueTime_isDueAtThatInstant() {
    // GIVEN an item due at a time with nanoseconds (PostgreSQL keeps microseconds)
    ExecutionState state = started(store, "a");
    store.claim(T0, "w", LEASE).orElseThrow();
    Instant due = T0.plusNanos(1_999);
    schedule(state, List.of(item("a", WorkKind.WAKE, due)));

    // WHEN a worker claims exactly at that time
    var claimed = store.claim(due, "w", LEASE);

    // THEN the item is due
    assertThat(claimed).isPresent();
  }
}
