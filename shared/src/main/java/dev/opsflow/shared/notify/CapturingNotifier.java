package dev.opsflow.shared.notify;

/**
 * The local default: nothing leaves the machine; each message is kept in {@code notifications} with status
 * {@code captured}, where the dashboard's outbox shows it. Idempotent by key on its own, so it may be used with
 * or without {@link NotificationService}.
 */
public final class CapturingNotifier implements Notifier {
  private final NotificationStore store;

  public CapturingNotifier(NotificationStore store) {
    this.store = store;
  }

  @Override
  public Delivery send(Notification notification) {
    NotificationRecord row = store.record(notification);
    Delivery captured = Delivery.captured(row.id());
    store.markDelivered(notification.idempotencyKey(), captured);
    return captured;
  }
}
