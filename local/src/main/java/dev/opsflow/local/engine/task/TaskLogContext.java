package dev.opsflow.local.engine.task;

import org.slf4j.MDC;

/**
 * The log fields of one task invocation in the SLF4J MDC of the invoking thread: {@code execution_id}, {@code
 * state_name} and {@code request_id}, the names the Lambdas log under (dev.opsflow.shared.telemetry.StepLogging),
 * so a handler's lines carry the same fields locally and in AWS. Closing restores what the thread had before.
 */
final class TaskLogContext implements AutoCloseable {
  static final String EXECUTION_ID = "execution_id";
  static final String STATE_NAME = "state_name";
  static final String REQUEST_ID = "request_id";

  private final String previousExecution;
  private final String previousState;
  private final String previousRequest;

  private TaskLogContext(TaskCall call) {
    previousExecution = MDC.get(EXECUTION_ID);
    previousState = MDC.get(STATE_NAME);
    previousRequest = MDC.get(REQUEST_ID);
    set(EXECUTION_ID, call.executionArn());
    set(STATE_NAME, call.stateName());
    set(REQUEST_ID, call.requestId());
  }

  static TaskLogContext open(TaskCall call) {
    return new TaskLogContext(call);
  }

  @Override
  public void close() {
    set(EXECUTION_ID, previousExecution);
    set(STATE_NAME, previousState);
    set(REQUEST_ID, previousRequest);
  }

  private static void set(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
