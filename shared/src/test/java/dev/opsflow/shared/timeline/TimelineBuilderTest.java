package dev.opsflow.shared.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.timeline.TimelineStep.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  static final Instant T0 = Instant.parse("2026-11-23T15:00:00Z");

  /** Builds a history: each event chains to the one named as its previous. */
  static final class History {
    final List<JsonNode> events = new ArrayList<>();

    long add(long previous, int second, String type, String name, String error) {
      ObjectNode event = Json.MAPPER.createObjectNode();
      long id = events.size() + 1;
      event.put("id", id).put("previousEventId", previous).put("timestamp", T0.plusSeconds(second).toString()).put("type", type);
      if (type.endsWith("StateEntered")) {
        event.putObject("stateEnteredEventDetails").put("name", name);
      } else if (type.endsWith("StateExited")) {
        event.putObject("stateExitedEventDetails").put("name", name);
      } else if (error != null) {
        event.putObject("taskFailedEventDetails").put("error", error);
      }
      events.add(event);
      return id;
    }
  }

  @Test
  void retriedTask_isOneStepWithItsAttemptsAndWholeDuration() {
    // GIVEN a task that failed once, was retried 2 s later and succeeded
    History h = new History();
    long start = h.add(0, 0, "ExecutionStarted", null, null);
    long entered = h.add(start, 0, "TaskStateEntered", "SyncToCrm", null);
    long s1 = h.add(entered, 0, "TaskScheduled", null, null);
    long f1 = h.add(s1, 1, "TaskFailed", null, "dev.opsflow.shared.crm.CrmUnavailableException");
    long s2 = h.add(f1, 3, "TaskScheduled", null, null);
    long ok = h.add(s2, 4, "TaskSucceeded", null, null);
    h.add(ok, 4, "TaskStateExited", "SyncToCrm", null);
    // WHEN it is read as a timeline
    List<TimelineStep> steps = TimelineBuilder.build(h.events);
    // THEN one succeeded step, 4 s, two attempts, no error left
    assertThat(steps).containsExactly(new TimelineStep("SyncToCrm", "Task", T0, T0.plusSeconds(4), Duration.ofSeconds(4), Status.SUCCEEDED, 2, null));
  }

  @Test
  void parallelBranchFailingOnPurpose_cancelsTheWaitInTheOtherBranch() {
    // GIVEN a Parallel whose review branch ends with a Fail state while the other branch waits
    History h = new History();
    long p = h.add(0, 0, "ParallelStateEntered", "AwaitStaffAction", null);
    long started = h.add(p, 0, "ParallelStateStarted", null, null);
    long review = h.add(started, 0, "TaskStateEntered", "OpenReviewTask", null);
    long wait = h.add(started, 0, "WaitStateEntered", "WaitForEscalation", null);
    long sched = h.add(review, 0, "TaskScheduled", null, null);
    long ok = h.add(sched, 60, "TaskSucceeded", null, null);
    long exited = h.add(ok, 60, "TaskStateExited", "OpenReviewTask", null);
    long fail = h.add(exited, 60, "FailStateEntered", "StaffActed", null);
    long pf = h.add(fail, 60, "ParallelStateFailed", null, null);
    h.add(pf, 60, "ParallelStateExited", "AwaitStaffAction", null);
    h.add(wait, 60, "ExecutionSucceeded", null, null);
    // WHEN it is read as a timeline
    List<TimelineStep> steps = TimelineBuilder.build(h.events);
    // THEN the wait was cancelled the moment staff acted, and the Parallel's failure was caught
    assertThat(steps).extracting(TimelineStep::name, TimelineStep::status, TimelineStep::duration).containsExactly(
        org.assertj.core.groups.Tuple.tuple("AwaitStaffAction", Status.CAUGHT, Duration.ofSeconds(60)),
        org.assertj.core.groups.Tuple.tuple("OpenReviewTask", Status.SUCCEEDED, Duration.ofSeconds(60)),
        org.assertj.core.groups.Tuple.tuple("WaitForEscalation", Status.CANCELLED, Duration.ofSeconds(60)),
        org.assertj.core.groups.Tuple.tuple("StaffActed", Status.FAILED, Duration.ZERO));
  }

  @Test
  void taskWaitingForStaff_isRunningWithoutAnEnd() {
    // GIVEN a token task entered and scheduled, execution still running
    History h = new History();
    long entered = h.add(0, 5, "TaskStateEntered", "OpenApprovalTask", null);
    h.add(entered, 5, "TaskScheduled", null, null);
    // WHEN / THEN it is RUNNING with no exit
    TimelineStep step = TimelineBuilder.build(h.events).getFirst();
    assertThat(step.status()).isEqualTo(Status.RUNNING);
    assertThat(step.exited()).isNull();
    assertThat(step.attempts()).isEqualTo(1);
  }

  @Test
  void uncaughtTaskFailure_isFailedWithTheError_andEpochSecondTimestampsAreRead() {
    // GIVEN a history with numeric timestamps as the AWS JSON API sends them
    History h = new History();
    long entered = h.add(0, 0, "TaskStateEntered", "AlertOperators", null);
    long sched = h.add(entered, 0, "TaskScheduled", null, null);
    long failed = h.add(sched, 2, "TaskFailed", null, "java.lang.IllegalStateException");
    h.add(failed, 2, "ExecutionFailed", null, null);
    h.events.forEach(e -> ((ObjectNode) e).put("timestamp",
        new java.math.BigDecimal(Instant.parse(e.get("timestamp").asText()).getEpochSecond()).add(new java.math.BigDecimal("0.5"))));
    // WHEN / THEN
    TimelineStep step = TimelineBuilder.build(h.events).getFirst();
    assertThat(step.status()).isEqualTo(Status.FAILED);
    assertThat(step.error()).isEqualTo("java.lang.IllegalStateException");
    assertThat(step.entered()).isEqualTo(T0.plusMillis(500));
    assertThat(step.duration()).isEqualTo(Duration.ofSeconds(2));
  }
}
