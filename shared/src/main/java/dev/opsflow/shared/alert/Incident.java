package dev.opsflow.shared.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One incident to tell operators about. {@code dedupeKey} names the incident, not the report: reporting the same
 * incident again (a retried step, a redelivery, a second process) alerts nobody. {@code requestId} and {@code
 * executionArn} (either may be null) give the alert its link into the dashboard.
 */
public record Incident(
    String dedupeKey, IncidentKind kind, String summary, String detail, String requestId, String executionArn) {

  public Incident {
    Objects.requireNonNull(kind, "kind");
    if (dedupeKey == null || dedupeKey.isBlank() || summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("An incident needs a dedupe key and a summary");
    }
  }

  /**
   * An execution ended in {@code status} (FAILED, TIMED_OUT, ABORTED). One incident per failure: the event id of
   * the failure tells a failure after a redrive from the first one.
   */
  public static Incident executionFailed(
      String executionArn, String stateMachine, String status, String error, String cause, String requestId, long failureEventId) {
    String summary = stateMachine + " execution " + status + (error == null ? "" : ": " + error);
    String name = executionArn.substring(executionArn.lastIndexOf(':') + 1);
    String detail = "Execution " + name + (requestId == null ? "" : " (request " + requestId + ")") + " ended " + status + "."
        + (cause == null ? "" : "\nCause: " + abbreviate(cause));
    return new Incident(
        IncidentKind.EXECUTION_FAILED.wireName() + ":" + executionArn + ":" + failureEventId,
        IncidentKind.EXECUTION_FAILED, summary, detail, requestId, executionArn);
  }

  /** An outbox event is stuck. */
  public static Incident outboxStuck(UUID eventId, String destination, String eventType, int attempts, String lastError, Instant createdAt) {
    return new Incident(
        IncidentKind.OUTBOX_STUCK.wireName() + ":" + eventId,
        IncidentKind.OUTBOX_STUCK,
        "Outbox event " + eventType + " to " + destination + " is stuck",
        "Event " + eventId + " written " + createdAt + " is unpublished after " + attempts + " attempt(s)."
            + (lastError == null ? "" : "\nLast error: " + abbreviate(lastError)),
        null, null);
  }

  /** Input from {@code source} was dead-lettered as {@code deadLetterId} because of {@code reason}. */
  public static Incident deadLetter(String deadLetterId, String source, String reason) {
    return new Incident(
        IncidentKind.DEAD_LETTER.wireName() + ":" + deadLetterId,
        IncidentKind.DEAD_LETTER,
        "Input from " + source + " was dead-lettered",
        "Dead letter " + deadLetterId + ": " + abbreviate(reason),
        null, null);
  }

  /** Request {@code requestId} ({@code urgency}) was not acted on by {@code deadline}. One incident per request and deadline. */
  public static Incident slaMissed(String requestId, String urgency, Instant deadline, String executionArn) {
    return new Incident(
        IncidentKind.SLA_MISSED.wireName() + ":" + requestId + ":" + deadline,
        IncidentKind.SLA_MISSED,
        "SLA missed for " + urgency + " request " + requestId,
        "Nobody acted on request " + requestId + " by its " + urgency + " deadline " + deadline + ".",
        requestId, executionArn);
  }

  private static String abbreviate(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000) + "...";
  }
}
