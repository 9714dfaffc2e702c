package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one state transition changes, committed together: the execution's new checkpoint, the history
 * events it appended, the work items it scheduled and the task tokens it opened or closed.
 */
public final class Step {
  /** A task token that this step opened (the task awaits it) or closed. */
  public record TokenChange(String token, String stateName, JsonNode taskInput, boolean open) {}

  private final ExecutionState execution;
  /** Null for steps made at a fixed time (tests); otherwise {@link #catchUp} reads it. */
  private final EngineClock clock;
  private Instant now;
  private final List<ObjectNode> events = new ArrayList<>();
  private final List<WorkItem> work = new ArrayList<>();
  private final List<TokenChange> tokens = new ArrayList<>();
  private int inlineTransitions;

  Step(ExecutionState execution, Instant now) {
    this.execution = execution;
    this.clock = null;
    this.now = now;
  }

  Step(ExecutionState execution, EngineClock clock) {
    this.execution = execution;
    this.clock = clock;
    this.now = clock.now();
  }

  public ExecutionState execution() {
    return execution;
  }

  /** The step's time: when it started, or when the task it ran returned (see {@link #catchUp}). */
  public Instant now() {
    return now;
  }

  /**
   * Moves the step's time to the clock's, after a task invocation that took real time: the events it appends
   * next (LambdaFunctionSucceeded, the state's exit) and the retry delays it schedules then count from when the
   * task returned, as in AWS, so a history's timestamps give each task's duration. A virtual clock does not
   * move while a handler runs, so tests on one stay deterministic.
   */
  void catchUp() {
    if (clock != null) {
      Instant later = clock.now();
      if (later.isAfter(now)) {
        now = later;
      }
    }
  }

  public List<ObjectNode> events() {
    return events;
  }

  public List<WorkItem> work() {
    return work;
  }

  public List<TokenChange> tokens() {
    return tokens;
  }

  /**
   * Appends a history event of {@code type} for {@code frame} (null for execution-level events) and returns
   * its id. {@code detailsKey} may be null for events without details.
   */
  long event(Frame frame, String type, String detailsKey, ObjectNode details) {
    if (frame != null && frame.quiet) {
      return frame.lastEventId;
    }
    long id = ++execution.eventCount;
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("id", id);
    event.put("previousEventId", frame == null ? Math.max(0, id - 1) : frame.lastEventId);
    event.put("timestamp", now.toString());
    event.put("type", type);
    if (detailsKey != null) {
      event.set(detailsKey, details == null ? JsonNodeFactory.instance.objectNode() : details);
    }
    events.add(event);
    if (frame != null) {
      frame.lastEventId = id;
    }
    return id;
  }

  void schedule(Frame frame, WorkKind kind, Instant dueAt, JsonNode payload) {
    work.add(new WorkItem(0, execution.executionArn, frame == null ? null : frame.id, frame == null ? 0 : frame.seq, kind, dueAt, payload));
  }

  /** How many states one step may enter inline before the rest is left to the queue. */
  static final int MAX_INLINE_TRANSITIONS = 32;

  /** Counts one more state entered inside this step; false once the bound is reached. */
  boolean inlineTransition() {
    return ++inlineTransitions <= MAX_INLINE_TRANSITIONS;
  }

  void token(TokenChange change) {
    tokens.add(change);
  }
}
