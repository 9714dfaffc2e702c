package dev.opsflow.shared.notify;

/** What a {@link Notifier} did with a message: {@code SENT} or {@code CAPTURED}, and the provider's message id. */
public record Delivery(NotificationStatus status, String providerMessageId) {
  public Delivery {
    if (!status.isDelivered()) {
      throw new IllegalArgumentException("A delivery is sent or captured, not " + status);
    }
  }

  public static Delivery sent(String providerMessageId) {
    return new Delivery(NotificationStatus.SENT, providerMessageId);
  }

  public static Delivery captured(String outboxId) {
    return new Delivery(NotificationStatus.CAPTURED, outboxId);
  }
}
