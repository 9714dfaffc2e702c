package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A unit of work for one frame of one execution, due at {@code dueAt}. {@code frameSeq} is the frame's step
 * counter when the item was made: an item whose frame has moved on (a timer for a task that already answered)
 * is stale and dropped.
 */
public record WorkItem(
    long id, String executionArn, String frameId, long frameSeq, WorkKind kind, Instant dueAt, JsonNode payload) {

  public WorkItem withId(long newId) {
    return new WorkItem(newId, executionArn, frameId, frameSeq, kind, dueAt, payload);
  }
}
