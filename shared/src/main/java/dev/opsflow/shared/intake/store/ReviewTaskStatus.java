package dev.opsflow.shared.intake.store;

import java.util.Locale;

/** A review task's life: open, claimed by one user, then completed, rejected or expired (terminal). */
public enum ReviewTaskStatus {
  OPEN,
  CLAIMED,
  COMPLETED,
  REJECTED,
  EXPIRED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPending() {
    return this == OPEN || this == CLAIMED;
  }

  public static ReviewTaskStatus fromWire(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
