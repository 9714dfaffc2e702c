package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.notify.Delivery;
import dev.opsflow.shared.notify.Notification;
import dev.opsflow.shared.notify.Notifier;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Audit-first notifications: wraps a {@link Notifier} (SES, SNS, Slack, the local outbox) so that each message is
 * committed to the ledger before it is handed over and its outcome after, as {@link LedgeredHttp} does for HTTP
 * calls. The entry's correlation is the notification key's first part, the execution id ({@code <execution
 * id>#<state>...}, {@code IdempotencyKeys}); its URL names the channel and recipient ({@code mailto:},
 * {@code sms:}, {@code slack:}); its integration is {@code notify-<channel>}.
 */
public final class LedgeredNotifier implements Notifier {
  private final Notifier delegate;
  private final Ledger ledger;
  private final Redactor redactor;
  private final Clock clock;

  public LedgeredNotifier(Notifier delegate, Ledger ledger, Clock clock) {
    this.delegate = delegate;
    this.ledger = ledger;
    this.redactor = new Redactor(List.of());
    this.clock = clock;
  }

  @Override
  public Delivery send(Notification notification) {
    String key = notification.idempotencyKey();
    String correlation = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
    String integration = "notify-" + notification.channel().wireName();
    String url = scheme(notification.channel()) + notification.recipient();
    ObjectNode headers = JsonNodeFactory.instance.objectNode();
    headers.put("idempotency-key", key);
    headers.put("event", notification.event().wireName());
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put("subject", notification.subject());
    message.put("body", notification.body());
    LedgerRecord request =
        new LedgerRecord(
            UUID.randomUUID(), correlation, integration, LedgerKind.REQUEST, null, "SEND", url, headers, redactor.json(message), null, null,
            clock.instant());
    ledger.append(request);
    long started = System.nanoTime();
    Delivery delivery;
    try {
      delivery = delegate.send(notification);
    } catch (RuntimeException e) {
      // Recorded as a response without status (nothing was delivered), then the notifier's own error goes on.
      ObjectNode error = JsonNodeFactory.instance.objectNode();
      error.put("error", e.getClass().getSimpleName());
      error.put("message", redactor.text(String.valueOf(e.getMessage())));
      appendResponse(request, null, error, started);
      throw e;
    }
    ObjectNode outcome = JsonNodeFactory.instance.objectNode();
    outcome.put("status", delivery.status().wireName());
    outcome.put("provider_message_id", delivery.providerMessageId());
    appendResponse(request, 202, outcome, started);
    return delivery;
  }

  private void appendResponse(LedgerRecord request, Integer status, ObjectNode body, long startedNanos) {
    ledger.append(
        new LedgerRecord(
            UUID.randomUUID(), request.correlation(), request.integration(), LedgerKind.RESPONSE, request.entryId(), request.method(),
            request.url(), JsonNodeFactory.instance.objectNode(), body, status, (System.nanoTime() - startedNanos) / 1_000_000,
            clock.instant()));
  }

  private static String scheme(NotifyChannel channel) {
    return switch (channel) {
      case EMAIL -> "mailto:";
      case SMS -> "sms:";
      case SLACK -> "slack:";
    };
  }
}
