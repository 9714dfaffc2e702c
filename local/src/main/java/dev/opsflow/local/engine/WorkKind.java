package dev.opsflow.local.engine;

/** What a work item asks the interpreter to do for one frame of an execution. */
public enum WorkKind {
  /** Enter the frame's current state. */
  ENTER,
  /** Invoke the task of the frame's current state (done outside any transaction: at-least-once). */
  INVOKE,
  /** A Wait state's time is up. */
  WAKE,
  /** A retry's delay is over: run the failed state again. */
  RETRY,
  /** A task token was answered (SendTaskSuccess / SendTaskFailure). */
  TOKEN_RESPONSE,
  /** A task's TimeoutSeconds or HeartbeatSeconds elapsed. */
  TASK_TIMEOUT,
  /** The machine's top-level TimeoutSeconds elapsed. */
  EXECUTION_TIMEOUT,
  /** StopExecution was called. */
  STOP
}
