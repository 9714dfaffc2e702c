package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link SpanTracker} per recently active execution, fed with the steps this process commits. When a step's
 * first event does not follow the tracker's last one (another process ran the steps in between, this process
 * restarted, or the tracker was evicted), the tracker is rebuilt from the stored history: spans then start at the
 * timestamps the history holds, wherever they were opened. A span is yielded by the process that commits the
 * event closing it, so each span is yielded once across processes. Thread-safe; at most {@code capacity}
 * executions are tracked (least recently used are dropped and rebuilt when needed).
 */
final class SpanTrackers {
  /** Spans closed by events read while rebuilding, kept until the step that committed them is delivered. */
  private static final int MAX_WITHHELD = 256;

  private final int capacity;
  private final Function<String, List<ObjectNode>> history;
  private final Map<String, Entry> entries;

  private static final class Entry {
    SpanTracker tracker = new SpanTracker();
    final Map<Long, List<HistorySpan>> withheld = new LinkedHashMap<>();
  }

  SpanTrackers(int capacity, Function<String, List<ObjectNode>> history) {
    this.capacity = capacity;
    this.history = history;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** Accepts the events of one committed step of {@code executionArn}; returns the spans they closed. */
  List<HistorySpan> committed(String executionArn, List<? extends JsonNode> events) {
    Entry entry = entry(executionArn);
    synchronized (entry) {
      List<HistorySpan> closed = new ArrayList<>();
      long first = events.get(0).path("id").asLong();
      if (first > entry.tracker.lastEventId() + 1) {
        rebuild(executionArn, entry, first);
      }
      for (JsonNode event : events) {
        long id = event.path("id").asLong();
        if (id <= entry.tracker.lastEventId()) {
          List<HistorySpan> late = entry.withheld.remove(id);
          if (late != null) {
            closed.addAll(late);
          }
          continue;
        }
        closed.addAll(entry.tracker.accept(event));
      }
      if (HistoryEvents.isExecutionEnd(events.get(events.size() - 1).path("type").asText())) {
        forget(executionArn);
      }
      return closed;
    }
  }

  /**
   * Replays the stored history into a new tracker. Events before {@code first} were committed by someone else
   * (or by this process before the tracker existed): their spans are not this step's. Events from {@code first}
   * on belong to steps committed meanwhile whose delivery is still on its way (two workers of one process can
   * deliver out of order): their spans are withheld until that delivery.
   */
  private void rebuild(String executionArn, Entry entry, long first) {
    SpanTracker tracker = new SpanTracker();
    for (ObjectNode event : history.apply(executionArn)) {
      long id = event.path("id").asLong();
      List<HistorySpan> spans = tracker.accept(event);
      if (id >= first && !spans.isEmpty()) {
        entry.withheld.put(id, spans);
      }
    }
    entry.tracker = tracker;
    trimWithheld(entry.withheld);
  }

  private static void trimWithheld(Map<Long, List<HistorySpan>> withheld) {
    Iterator<Long> ids = withheld.keySet().iterator();
    while (withheld.size() > MAX_WITHHELD && ids.hasNext()) {
      ids.next();
      ids.remove();
    }
  }

  private synchronized Entry entry(String executionArn) {
    Entry entry = entries.computeIfAbsent(executionArn, arn -> new Entry());
    if (entries.size() > capacity) {
      Iterator<String> eldest = entries.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return entry;
  }

  private synchronized void forget(String executionArn) {
    entries.remove(executionArn);
  }

  /** How many executions are tracked now (for tests). */
  synchronized int size() {
    return entries.size();
  }
}
