package dev.opsflow.shared.intake.store;

import java.util.Locale;

/**
 * Where a request stands, as the dashboard filters on it. Stored as the lower-case wire name
 * ({@code needs_review}); the workflow sets it as it moves, staff actions move it on.
 */
public enum RequestStatus {
  /** Stored by ingress, nothing decided yet. */
  RECEIVED,
  /** The classifier says it is a service request. */
  CLASSIFIED,
  /** Fields extracted and scored. */
  EXTRACTED,
  /** Incomplete: waiting for staff to fill in what is missing. */
  NEEDS_REVIEW,
  /** Urgent and nobody has acted within the SLA: the escalation ladder is climbing. */
  ESCALATED,
  /** A drafted reply waits for staff approval (approval policy). */
  AWAITING_APPROVAL,
  /** The customer was sent the confirmation. */
  CONFIRMED,
  /** Not a service request: closed with a record of why. */
  CLOSED_NOT_SERVICE,
  /** The workflow ended in its failure state; operators were alerted. */
  FAILED;

  /** The stored form, e.g. {@code needs_review}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a wire name stands for; IllegalArgumentException names the bad value. */
  public static RequestStatus fromWire(String wireName) {
    try {
      return valueOf(wireName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown request status: " + wireName, e);
    }
  }
}
