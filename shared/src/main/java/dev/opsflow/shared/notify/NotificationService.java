package dev.opsflow.shared.notify;

import dev.opsflow.shared.config.NotifyChannel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Records each notification and sends it through the channel's {@link Notifier}, never twice for one
 * idempotency key: a delivered key is answered from the table, and an attempt claims the row before it sends,
 * so an overlapping duplicate gets {@link NotificationInFlightException} (retryable) instead of sending. The one
 * window left is a crash after the provider accepted a message and before the row says so: after
 * {@code staleAttempt} a retry sends again (at-least-once there, as every provider without idempotency keys
 * forces).
 */
public final class NotificationService {
  private static final Duration DEFAULT_STALE_ATTEMPT = Duration.ofMinutes(2);

  private final NotificationStore store;
  private final Map<NotifyChannel, Notifier> notifiers;
  private final Duration staleAttempt;

  public NotificationService(NotificationStore store, Map<NotifyChannel, Notifier> notifiers, Duration staleAttempt) {
    this.store = store;
    this.notifiers = Map.copyOf(notifiers);
    this.staleAttempt = staleAttempt;
  }

  public NotificationService(NotificationStore store, Map<NotifyChannel, Notifier> notifiers) {
    this(store, notifiers, DEFAULT_STALE_ATTEMPT);
  }

  /** Every channel captured in the outbox: the local node's default. */
  public static NotificationService capturing(NotificationStore store) {
    Map<NotifyChannel, Notifier> all = new EnumMap<>(NotifyChannel.class);
    CapturingNotifier capturing = new CapturingNotifier(store);
    for (NotifyChannel channel : NotifyChannel.values()) {
      all.put(channel, capturing);
    }
    return new NotificationService(store, all);
  }

  /** Sends (or captures) {@code notification} unless its key was delivered already; returns its row. */
  public NotificationRecord send(Notification notification) {
    String key = notification.idempotencyKey();
    NotificationRecord recorded = store.record(notification);
    if (recorded.status().isDelivered()) {
      return recorded;
    }
    if (store.claim(key, staleAttempt).isEmpty()) {
      NotificationRecord current = store.find(key).orElseThrow();
      if (current.status().isDelivered()) {
        return current;
      }
      throw new NotificationInFlightException(key);
    }
    Notifier notifier = notifiers.get(notification.channel());
    try {
      if (notifier == null) {
        throw new NotificationRejectedException("No notifier configured for channel " + notification.channel().wireName(), null);
      }
      Delivery delivery = notifier.send(notification);
      return store.markDelivered(key, delivery).orElseThrow();
    } catch (NotifierUnavailableException | NotificationRejectedException e) {
      // Nothing was sent: free the row for the next attempt. Any other failure (the database after a send,
      // say) leaves it "sending", so only a stale-attempt retry may send again.
      store.markFailed(key, e.getMessage());
      throw e;
    }
  }
}
