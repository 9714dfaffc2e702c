package dev.opsflow.shared.notify;

import java.util.Locale;

/**
 * A notification's state in {@code notifications}: {@code pending} (recorded), {@code sending} (an attempt holds
 * it), {@code captured} (kept in the local outbox instead of sent), {@code sent} (the provider accepted it),
 * {@code failed} (the last attempt failed; a retry may try again).
 */
public enum NotificationStatus {
  PENDING,
  SENDING,
  CAPTURED,
  SENT,
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Sent or captured: done, never to be sent again. */
  public boolean isDelivered() {
    return this == SENT || this == CAPTURED;
  }

  public static NotificationStatus fromWire(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }
}
