package dev.opsflow.shared.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Slack messages over HTTPS, in one of two ways. An incoming webhook posts to the one channel the webhook was
 * made for (the recipient is ignored) and reports errors as HTTP statuses. {@code chat.postMessage} with a bot
 * token posts to the recipient channel ("#dispatch" or a channel id) and reports errors as {@code "ok": false}
 * with an error code in a 200 answer. Rate limits (429), 5xx and Slack's transient error codes are retryable.
 */
public final class SlackNotifier implements Notifier {
  public static final URI SLACK_API = URI.create("https://slack.com/api/");
  private static final Set<String> TRANSIENT = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
      "service_unavailable", "request_timeout");

  private final HttpClient client;
  private final URI url;
  private final String botToken;

  private SlackNotifier(HttpClient client, URI url, String botToken) {
    this.client = client;
    this.url = url;
    this.botToken = botToken;
  }

  /** Posts to an incoming webhook URL (https://hooks.slack.com/services/...). */
  public static SlackNotifier webhook(HttpClient client, URI webhookUrl) {
    return new SlackNotifier(client, webhookUrl, null);
  }

  /** Posts with {@code chat.postMessage} under {@code apiBase} ({@link #SLACK_API}) with a bot token (xoxb-...). */
  public static SlackNotifier botToken(HttpClient client, URI apiBase, String token) {
    return new SlackNotifier(client, apiBase.resolve("chat.postMessage"), token);
  }

  @Override
  public Delivery send(Notification notification) {
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    if (botToken != null) {
      message.put("channel", notification.recipient());
    }
    String subject = notification.subject();
    message.put("text", subject == null || subject.isBlank() ? notification.body() : "*" + subject + "*\n" + notification.body());
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(message)));
    if (botToken != null) {
      request.header("Authorization", "Bearer " + botToken);
    }
    HttpResponse<String> response = post(request.build());
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw new NotifierUnavailableException("Slack answered " + status + ": " + response.body(), null);
    }
    if (status >= 400) {
      throw new NotificationRejectedException("Slack answered " + status + ": " + response.body(), null);
    }
    return botToken == null ? Delivery.sent(null) : apiDelivery(response.body());
  }

  private static Delivery apiDelivery(String body) {
    JsonNode answer;
    try {
      answer = Json.parse(body);
    } catch (IllegalArgumentException e) {
      throw new NotifierUnavailableException("Slack chat.postMessage answered no JSON: " + body, e);
    }
    if (answer.path("ok").asBoolean(false)) {
      return Delivery.sent(answer.path("channel").asText() + "/" + answer.path("ts").asText());
    }
    String error = answer.path("error").asText("unknown_error");
    if (TRANSIENT.contains(error)) {
      throw new NotifierUnavailableException("Slack chat.postMessage: " + error, null);
    }
    throw new NotificationRejectedException("Slack chat.postMessage: " + error, null);
  }

  private HttpResponse<String> post(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new NotifierUnavailableException("Slack unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotifierUnavailableException("Interrupted posting to Slack", e);
    }
  }
}
