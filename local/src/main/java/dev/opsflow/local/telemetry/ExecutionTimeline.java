package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An execution's history as a timeline of spans: the execution, each state from entry to exit (nested in the
 * Parallel or Map state that ran it) and each task invocation, with start, end and duration. It is what the
 * dashboard draws and what the traces carry: both come from the same history events through the same {@link
 * SpanTracker}, so they cannot disagree. Spans still open (a running execution) have a null end.
 */
public final class ExecutionTimeline {
  private ExecutionTimeline() {}

  /** The spans of {@code history} (events in id order, as GetExecutionHistory returns them), by start time. */
  public static List<HistorySpan> of(List<? extends JsonNode> history) {
    SpanTracker tracker = new SpanTracker();
    List<HistorySpan> spans = new ArrayList<>();
    for (JsonNode event : history) {
      spans.addAll(tracker.accept(event));
    }
    spans.addAll(tracker.openSpans());
    spans.sort(Comparator.comparing(HistorySpan::start).thenComparingLong(HistorySpan::id));
    return List.copyOf(spans);
  }
}
