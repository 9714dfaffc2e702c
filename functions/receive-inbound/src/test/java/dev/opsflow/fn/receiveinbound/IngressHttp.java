package dev.opsflow.fn.receiveinbound;

import dev.opsflow.shared.ingress.twilio.FormBody;
import dev.opsflow.shared.ingress.twilio.TwilioSignature;
import dev.opsflow.shared.ingress.webhook.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A client of the ingress HTTP port that signs as a webhook source or as Twilio would. */
final class IngressHttp {
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;

  IngressHttp(URI base) {
    this.base = base;
  }

  HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A webhook signed with {@code secret} at {@code signedAt}, with an event id and optionally an entity key. */
  HttpResponse<String> webhook(String source, String secret, Instant signedAt, String eventId, String entityKey, String body)
      throws IOException, InterruptedException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(signedAt.getEpochSecond()));
    headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, signedAt.getEpochSecond(), body.getBytes(StandardCharsets.UTF_8)));
    if (eventId != null) {
      headers.put("X-Opsflow-Event-Id", eventId);
    }
    if (entityKey != null) {
      headers.put("X-Opsflow-Entity-Key", entityKey);
    }
    return post("/webhooks/" + source, "application/json", body, headers);
  }

  /** A Twilio form post to {@code path}, signed with {@code authToken} over the URL Twilio would have called. */
  HttpResponse<String> twilio(String path, String authToken, Map<String, String> params) throws IOException, InterruptedException {
    String body = form(params);
    String signature = TwilioSignature.compute(authToken, base.resolve(path).toString(), FormBody.parse(body).pairs());
    return post(path, "application/x-www-form-urlencoded", body, Map.of(TwilioSignature.HEADER, signature));
  }

  static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
