package dev.opsflow.shared.intake.store;

import java.util.Locale;

/** Why staff are asked: fill in a review, approve a draft, or acknowledge an escalation. */
public enum ReviewTaskKind {
  REVIEW,
  APPROVAL,
  ACKNOWLEDGE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReviewTaskKind fromWire(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
