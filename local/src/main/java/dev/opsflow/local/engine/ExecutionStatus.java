package dev.opsflow.local.engine;

/** Execution statuses, named as the Step Functions API names them. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED,
  PENDING_REDRIVE;

  public boolean isTerminal() {
    return this != RUNNING && this != PENDING_REDRIVE;
  }
}
