package dev.opsflow.shared.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an execution's history (the events of GetExecutionHistory, in order, in AWS's JSON shape: {@code id},
 * {@code previousEventId}, {@code timestamp} as ISO-8601 text or epoch seconds, {@code type}, and the
 * {@code stateEnteredEventDetails}/{@code stateExitedEventDetails} names) as a timeline: one {@link
 * TimelineStep} per state entry, in the order states were entered.
 *
 * <p>Events inside a state (task scheduled, failed, succeeded) are tied to it through {@code previousEventId},
 * which chains the events of one branch, so the interleaved events of Parallel branches land on the right
 * state. A Parallel or Map state's own events go to the innermost such state still open. When a Parallel or
 * Map ends, every state still open inside it is CANCELLED at that instant (how a branch failing on purpose
 * stops a timer in the other branch shows up).
 */
public final class TimelineBuilder {
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Long, Entry> owners = new HashMap<>();

  private TimelineBuilder() {}

  /** The timeline of {@code history}; states not yet left are RUNNING unless the execution has ended. */
  public static List<TimelineStep> build(List<? extends JsonNode> history) {
    TimelineBuilder builder = new TimelineBuilder();
    Instant executionEnd = null;
    for (JsonNode event : history) {
      executionEnd = builder.accept(event, executionEnd);
    }
    List<TimelineStep> steps = new ArrayList<>();
    for (Entry entry : builder.entries) {
      steps.add(entry.step(executionEnd));
    }
    return steps;
  }

  private Instant accept(JsonNode event, Instant executionEnd) {
    String type = event.path("type").asText();
    long id = event.path("id").asLong();
    Instant at = timestamp(event.path("timestamp"));
    if (type.endsWith("StateEntered")) {
      Entry entry = new Entry(event.path("stateEnteredEventDetails").path("name").asText(), type.replace("StateEntered", ""), at);
      entries.add(entry);
      owners.put(id, entry);
      return executionEnd;
    }
    if (type.startsWith("Execution") && (type.endsWith("Succeeded") || type.endsWith("Failed")
        || type.endsWith("Aborted") || type.endsWith("TimedOut"))) {
      return at;
    }
    Entry entry = owner(type, event.path("previousEventId").asLong());
    if (entry == null) {
      return executionEnd;
    }
    owners.put(id, entry);
    record(entry, type, event, at);
    return executionEnd;
  }

  private Entry owner(String type, long previousEventId) {
    String container = type.startsWith("ParallelState") ? "Parallel" : type.startsWith("Map") ? "Map" : null;
    if (container == null) {
      return owners.get(previousEventId);
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry candidate = entries.get(i);
      if (candidate.type.equals(container) && candidate.exited == null && candidate.closedAt == null) {
        return candidate;
      }
    }
    return null;
  }

  private void record(Entry entry, String type, JsonNode event, Instant at) {
    if (type.endsWith("Scheduled")) {
      entry.attempts++;
      entry.error = null;
    } else if (type.endsWith("Failed") || type.endsWith("TimedOut")) {
      String error = errorOf(event);
      entry.error = error == null ? type : error;
    }
    if (type.endsWith("StateExited")) {
      entry.exited = at;
    }
    if (type.equals("ParallelStateSucceeded") || type.equals("ParallelStateFailed") || type.equals("ParallelStateAborted")
        || type.equals("MapStateSucceeded") || type.equals("MapStateFailed") || type.equals("MapStateAborted")) {
      cancelOpenInside(entry, at);
    }
  }

  private void cancelOpenInside(Entry container, Instant at) {
    for (int i = entries.indexOf(container) + 1; i < entries.size(); i++) {
      Entry inner = entries.get(i);
      if (inner.exited == null && inner.closedAt == null) {
        inner.closedAt = at;
      }
    }
  }

  private static String errorOf(JsonNode event) {
    for (JsonNode details : event) {
      if (details.isObject() && details.hasNonNull("error")) {
        return details.get("error").asText();
      }
    }
    return null;
  }

  static Instant timestamp(JsonNode value) {
    if (value.isNumber()) {
      BigDecimal seconds = value.decimalValue();
      return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
    return Instant.parse(value.asText());
  }

  /** A state entry being built. */
  private static final class Entry {
    final String name;
    final String type;
    final Instant entered;
    Instant exited;
    Instant closedAt;
    int attempts;
    String error;

    Entry(String name, String type, Instant entered) {
      this.name = name;
      this.type = type;
      this.entered = entered;
    }

    TimelineStep step(Instant executionEnd) {
      if (exited != null) {
        return finished(exited, error == null ? TimelineStep.Status.SUCCEEDED : TimelineStep.Status.CAUGHT);
      }
      if (type.equals("Fail")) {
        return finished(entered, TimelineStep.Status.FAILED);
      }
      Instant end = closedAt != null ? closedAt : executionEnd;
      if (end == null) {
        return new TimelineStep(name, type, entered, null, null, TimelineStep.Status.RUNNING, attempts, error);
      }
      return finished(end, error == null ? TimelineStep.Status.CANCELLED : TimelineStep.Status.FAILED);
    }

    private TimelineStep finished(Instant end, TimelineStep.Status status) {
      String failure = status == TimelineStep.Status.SUCCEEDED || status == TimelineStep.Status.CANCELLED ? null : error;
      return new TimelineStep(name, type, entered, end, Duration.between(entered, end), status, attempts, failure);
    }
  }
}
