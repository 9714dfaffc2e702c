package dev.opsflow.shared.ingress;

import dev.opsflow.shared.ingress.webhook.WebhookSources;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How ingress behaves, from the environment (the Lambda's variables, or the node's):
 *
 * <ul>
 *   <li>{@code OPSFLOW_WEBHOOK_SOURCES}: the webhook sources and what their messages are, {@code
 *       crm=events,answering-service=intake} (see {@link WebhookSources}); a source not listed gets 404.
 *   <li>{@code OPSFLOW_WEBHOOK_REPLAY_WINDOW_SECONDS} (default 300): how far a signed webhook's timestamp may be
 *       from now, either way.
 *   <li>{@code OPSFLOW_INGRESS_INLINE_LIMIT_BYTES} (default 262144, EventBridge's event size): a payload above it
 *       is kept in the object store and passed by reference.
 *   <li>{@code OPSFLOW_INGRESS_MAX_BODY_BYTES} (default 6291456, a Function URL's request limit).
 *   <li>{@code OPSFLOW_INGRESS_PUBLIC_URL}: the base URL senders call (Twilio signs the URL it called); unset, it
 *       is rebuilt from the request's {@code x-forwarded-proto} and {@code host}.
 *   <li>{@code OPSFLOW_EVENT_BUS} (default {@code opsflow}): the bus ingress publishes to.
 *   <li>{@code OPSFLOW_INGRESS_MAX_ATTEMPTS} (default 10): publishing attempts before a message is failed.
 * </ul>
 */
public record IngressSettings(
    WebhookSources webhookSources,
    Duration replayWindow,
    int inlineLimitBytes,
    int maxBodyBytes,
    URI publicUrl,
    String eventBus,
    int maxAttempts,
    Duration retryBaseDelay,
    Duration retryMaxDelay) {
  public static final int DEFAULT_INLINE_LIMIT = 256 * 1024;
  public static final int DEFAULT_MAX_BODY = 6 * 1024 * 1024;

  public IngressSettings {
    if (replayWindow.isNegative() || replayWindow.isZero()) {
      throw new IllegalArgumentException("The replay window must be positive");
    }
    if (inlineLimitBytes < 1024 || maxBodyBytes < inlineLimitBytes || maxAttempts < 1) {
      throw new IllegalArgumentException("Need inline limit >= 1024, max body >= inline limit, max attempts >= 1");
    }
  }

  public static IngressSettings defaults() {
    return new IngressSettings(
        WebhookSources.none(), Duration.ofMinutes(5), DEFAULT_INLINE_LIMIT, DEFAULT_MAX_BODY, null, "opsflow", 10, Duration.ofSeconds(1),
        Duration.ofMinutes(5));
  }

  public static IngressSettings from(Map<String, String> env) {
    IngressSettings d = defaults();
    String publicUrl = env.get("OPSFLOW_INGRESS_PUBLIC_URL");
    return new IngressSettings(
        WebhookSources.parse(env.getOrDefault("OPSFLOW_WEBHOOK_SOURCES", "")),
        Duration.ofSeconds(number(env, "OPSFLOW_WEBHOOK_REPLAY_WINDOW_SECONDS", (int) d.replayWindow.toSeconds())),
        number(env, "OPSFLOW_INGRESS_INLINE_LIMIT_BYTES", d.inlineLimitBytes),
        number(env, "OPSFLOW_INGRESS_MAX_BODY_BYTES", d.maxBodyBytes),
        publicUrl == null || publicUrl.isBlank() ? null : URI.create(publicUrl.trim().replaceAll("/+$", "")),
        env.getOrDefault("OPSFLOW_EVENT_BUS", d.eventBus),
        number(env, "OPSFLOW_INGRESS_MAX_ATTEMPTS", d.maxAttempts),
        d.retryBaseDelay,
        d.retryMaxDelay);
  }

  public IngressSettings withWebhookSources(WebhookSources sources) {
    return new IngressSettings(sources, replayWindow, inlineLimitBytes, maxBodyBytes, publicUrl, eventBus, maxAttempts, retryBaseDelay, retryMaxDelay);
  }

  public IngressSettings withInlineLimit(int bytes) {
    return new IngressSettings(webhookSources, replayWindow, bytes, Math.max(bytes, maxBodyBytes), publicUrl, eventBus, maxAttempts, retryBaseDelay, retryMaxDelay);
  }

  public IngressSettings withRetries(int attempts, Duration base, Duration max) {
    return new IngressSettings(webhookSources, replayWindow, inlineLimitBytes, maxBodyBytes, publicUrl, eventBus, attempts, base, max);
  }

  /** The delay before attempt {@code attempt + 1}: doubling from the base, capped. */
  public Duration retryDelay(int attempt) {
    long millis = retryBaseDelay.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    return Duration.ofMillis(Math.min(millis, retryMaxDelay.toMillis()));
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
    }
  }
}
