package dev.opsflow.webapp.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.timeline.TimelineStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaterfallTest {
  static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void bars_sitOnOneTimeAxis_andARunningStepReachesNow() {
    // GIVEN a 1 s step, an instant Choice, and a step still waiting after 9 s
    List<TimelineStep> steps = List.of(
        new TimelineStep("RecordRequest", "Task", T0, T0.plusSeconds(1), Duration.ofSeconds(1), TimelineStep.Status.SUCCEEDED, 1, null),
        new TimelineStep("IsComplete", "Choice", T0.plusSeconds(1), T0.plusSeconds(1), Duration.ZERO, TimelineStep.Status.SUCCEEDED, 0, null),
        new TimelineStep("OpenReviewTask", "Task", T0.plusSeconds(1), null, null, TimelineStep.Status.RUNNING, 1, null));
    // WHEN drawn at T0 + 10 s
    Waterfall waterfall = Waterfall.of(steps, T0.plusSeconds(10));
    // THEN the axis spans 10 s: the first bar is a tenth wide, the Choice is a sliver, the waiting one runs to the end
    assertThat(waterfall.bars()).extracting(Waterfall.Bar::x).containsExactly(260, 330, 330);
    assertThat(waterfall.bars()).extracting(Waterfall.Bar::width).containsExactly(70, 2, 630);
    assertThat(waterfall.bars().get(2).duration()).isEqualTo("9.0 s so far");
    assertThat(waterfall.totalText()).isEqualTo("10.0 s");
  }

  @Test
  void recordDiff_namesAddedChangedAndRemovedFields() {
    ObjectNode before = (ObjectNode) Json.parse("{\"phone\": \"+1555\", \"address\": \"12 Oak\", \"note\": \"x\"}");
    ObjectNode after = (ObjectNode) Json.parse("{\"phone\": \"+1555\", \"address\": \"14 Oak\", \"preferred_time\": \"Tue\"}");
    assertThat(RecordDiff.between(before, after)).containsExactly(
        new RecordDiff.Change("address", "12 Oak", "14 Oak"),
        new RecordDiff.Change("note", "x", null),
        new RecordDiff.Change("preferred_time", null, "Tue"));
  }
}
