package dev.opsflow.webapp.inbox;

/** How answering a task ended: the workflow took it, or it no longer waited for this token. */
public enum AnswerOutcome {
  /** SendTaskSuccess was accepted: the execution resumes. */
  SENT,
  /** The token is no longer valid (the wait timed out, or the execution ended): the task was marked expired. */
  EXPIRED
}
