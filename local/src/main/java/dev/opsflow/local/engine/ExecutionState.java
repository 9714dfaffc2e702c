package dev.opsflow.local.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checkpoint of one execution: what it is, how far it got, and every live frame. The interpreter changes it
 * only inside a {@link Step}; the store saves it with that step's history events and work items at once.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class ExecutionState {
  String executionArn;
  String stateMachineArn;
  String stateMachineName;
  /** The definition's version (or revision) this execution runs. */
  String definitionId;
  String name;
  StateMachineType type;
  JsonNode input;
  Instant startTime;
  Instant stopTime;
  ExecutionStatus status = ExecutionStatus.RUNNING;
  JsonNode output;
  String error;
  String cause;
  long eventCount;
  long frameCounter;
  int redriveCount;
  Instant redriveTime;
  String roleArn;
  /** A caller-chosen key (order number, request id) to find executions by; beyond AWS. */
  String businessKey;
  /** Bumped at every commit; a commit from an older version is refused (optimistic concurrency). */
  long version;
  /** Where a failed execution stood when it failed: what RedriveExecution resumes. */
  Frame redrivePoint;
  Map<String, Frame> frames = new LinkedHashMap<>();

  ExecutionState() {}

  public String executionArn() {
    return executionArn;
  }

  public String name() {
    return name;
  }

  public String stateMachineArn() {
    return stateMachineArn;
  }

  public ExecutionStatus status() {
    return status;
  }

  public JsonNode input() {
    return input;
  }

  public JsonNode output() {
    return output;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  public Instant startTime() {
    return startTime;
  }

  public Instant stopTime() {
    return stopTime;
  }

  public int redriveCount() {
    return redriveCount;
  }

  public String definitionId() {
    return definitionId;
  }

  public String businessKey() {
    return businessKey;
  }

  public void businessKey(String key) {
    this.businessKey = key;
  }

  public StateMachineType type() {
    return type;
  }

  public long version() {
    return version;
  }

  public Map<String, Frame> frames() {
    return frames;
  }

  String newFrameId() {
    return Long.toString(++frameCounter);
  }
}
