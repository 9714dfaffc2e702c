package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;

/**
 * Lets store tests in other packages build checkpoints and steps, whose constructors and fields the engine
 * keeps package-private so that only the interpreter changes them.
 */
public final class EngineTestAccess {
  private EngineTestAccess() {}

  /** A fresh RUNNING execution, as {@code LocalEngine.start} makes one (without frames). */
  public static ExecutionState newExecution(String arn, String stateMachineArn, String name, Instant startTime, String businessKey) {
    ExecutionState state = new ExecutionState();
    state.executionArn = arn;
    state.stateMachineArn = stateMachineArn;
    state.stateMachineName = stateMachineArn.substring(stateMachineArn.lastIndexOf(':') + 1);
    state.definitionId = "revision-1";
    state.name = name;
    state.type = StateMachineType.STANDARD;
    state.input = JsonNodeFactory.instance.objectNode();
    state.startTime = startTime;
    state.businessKey = businessKey;
    return state;
  }

  /** An execution state with no ARN: what the engine commits to drop a work item whose execution is gone. */
  public static ExecutionState missingExecution() {
    return new ExecutionState();
  }

  public static Step newStep(ExecutionState state, Instant now) {
    return new Step(state, now);
  }

  /** Appends an execution-level history event of {@code type}; returns its id. */
  public static long event(Step step, String type) {
    return step.event(null, type, null, null);
  }

  /** Ends the execution with {@code status} and {@code output} at {@code stopTime}. */
  public static void close(ExecutionState state, ExecutionStatus status, Instant stopTime, JsonNode output) {
    state.status = status;
    state.stopTime = stopTime;
    state.output = output;
  }
}
