package dev.opsflow.shared.onboarding;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.ledger.LedgeredNotifications;
import dev.opsflow.shared.notify.Notification;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import java.util.Map;

/**
 * Sends the welcome email through the notification service (once per key: a retry finds the delivered row), which
 * the ledger records like every external write. Until the notification events include a welcome event it goes as
 * {@link NotificationEvent#CONFIRMATION}: the client's onboarding is confirmed.
 */
public final class WelcomeEmailSender {
  private final NotificationService notifications;

  public WelcomeEmailSender(NotificationService notifications) {
    this.notifications = notifications;
  }

  /** SES when {@code OPSFLOW_SES_FROM} is set, else the local outbox; ledgered either way. */
  public static WelcomeEmailSender fromEnvironment(Map<String, String> env) {
    return new WelcomeEmailSender(LedgeredNotifications.fromEnvironment(env));
  }

  public NotificationRecord send(WelcomeEmail email) {
    return notifications.send(
        new Notification(email.idempotencyKey(), null, NotificationEvent.CONFIRMATION, NotifyChannel.EMAIL, email.to(), email.subject(), email.body()));
  }
}
