package dev.opsflow.shared.config;

/** The moments the workflow tells someone; each has an {@link NotificationPolicy.EventRoute} in config. */
public enum NotificationEvent {
  URGENT_REQUEST("urgent-request"),
  REVIEW_NEEDED("review-needed"),
  ESCALATION("escalation"),
  CONFIRMATION("confirmation"),
  OPERATOR_ALERT("operator-alert");

  private final String wireName;

  NotificationEvent(String wireName) {
    this.wireName = wireName;
  }

  /** The key used in {@code notifications.json}. */
  public String wireName() {
    return wireName;
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} otherwise. */
  public static NotificationEvent fromWire(String value) {
    for (NotificationEvent event : values()) {
      if (event.wireName.equals(value)) {
        return event;
      }
    }
    throw new IllegalArgumentException("Unknown notification event '" + value + "'");
  }
}
