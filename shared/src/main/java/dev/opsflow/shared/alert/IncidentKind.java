package dev.opsflow.shared.alert;

/** What went wrong, as operators are told: the four kinds of incident that reach their channel. */
public enum IncidentKind {
  /** An execution of one of our workflows ended FAILED, TIMED_OUT or ABORTED. */
  EXECUTION_FAILED("execution-failed"),
  /** An outbox event could not be published after its attempts or within its age limit. */
  OUTBOX_STUCK("outbox-stuck"),
  /** Input that could not be processed was set aside in a dead-letter store. */
  DEAD_LETTER("dead-letter"),
  /** A request was not acted on within its SLA. */
  SLA_MISSED("sla-missed");

  private final String wireName;

  IncidentKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
