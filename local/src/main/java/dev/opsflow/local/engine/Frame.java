package dev.opsflow.local.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One thread of control in an execution: the top level, a Parallel branch or a Map iteration. It is plain
 * data (serialised into the execution's checkpoint), so a restarted process resumes it where it stood.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class Frame {
  /** Where this frame is in its state (what the next work item will find). */
  public enum Phase {
    READY,
    WAITING,
    INVOKING,
    AWAITING_TOKEN,
    RUNNING_CHILDREN,
    RETRY_PENDING,
    DONE
  }

  String id;
  String parentId;
  /** The block of the definition this frame runs ({@code ""} for the top level). */
  String blockPath;
  /** For a Map iteration: its index; for a Parallel branch: the branch index. */
  int index = -1;
  /** True for a distributed Map's iterations, which cannot read outer variables. */
  boolean isolated;
  /** Events of a distributed Map's iterations belong to its map run, not to the execution's history. */
  boolean quiet;
  String stateName;
  JsonNode input;
  ObjectNode variables = JsonNodeFactory.instance.objectNode();
  Phase phase = Phase.READY;
  /** Bumped at every step; work items made earlier with another value are stale. */
  long seq;
  long lastEventId;
  long enteredEventId;
  Instant enteredTime;
  /** Attempts used per retrier of the current state. */
  int[] retryAttempts = new int[0];
  int retryCount;
  /** The task's effective input (parameters) while it is being invoked or awaits its token. */
  JsonNode taskInput;
  String taskToken;
  Instant lastHeartbeat;
  /** The task's TimeoutSeconds, when it has one. */
  Long timeoutSeconds;
  /** The task's HeartbeatSeconds, when it has one. */
  Long heartbeatSeconds;
  // Parent frames of Parallel and Map: children's progress.
  ArrayNode childResults;
  ArrayNode pendingItems;
  int nextChild;
  int runningChildren;
  int finishedChildren;
  int failedChildren;
  int maxConcurrency;
  long toleratedFailureCount = 0;
  double toleratedFailurePercentage = 0;
  /** The effective input of the Parallel/Map state (what its children were given and what Output sees). */
  JsonNode stateInput;

  Frame() {}

  Frame(String id, String parentId, String blockPath, String stateName, JsonNode input) {
    this.id = id;
    this.parentId = parentId;
    this.blockPath = blockPath;
    this.stateName = stateName;
    this.input = input;
  }

  public String id() {
    return id;
  }

  public String stateName() {
    return stateName;
  }

  public Phase phase() {
    return phase;
  }
}
