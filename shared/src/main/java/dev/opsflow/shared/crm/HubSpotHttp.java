package dev.opsflow.shared.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * HTTP to HubSpot's API with a private-app token (Bearer). Statuses the caller handles come back as a
 * {@link Reply}; 429 and 5xx (and no answer at all) become {@link CrmUnavailableException}; other 4xx become
 * {@link CrmRejectedException} with HubSpot's message and category.
 */
final class HubSpotHttp {
  record Reply(int status, JsonNode body) {}

  private final HttpClient client;
  private final URI baseUrl;
  private final String token;
  private final Duration timeout;

  HubSpotHttp(HttpClient client, URI baseUrl, String token, Duration timeout) {
    this.client = client;
    this.baseUrl = baseUrl;
    this.token = token;
    this.timeout = timeout;
  }

  /** Sends {@code body} (or none) and returns the reply if its status is 2xx or one of {@code alsoAccepted}. */
  Reply send(String method, String path, JsonNode body, int... alsoAccepted) {
    HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)))
        .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CrmUnavailableException("HubSpot unreachable: " + method + " " + path + ": " + e.getMessage(), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmUnavailableException("Interrupted calling HubSpot: " + method + " " + path, null, e);
    }
    int status = response.statusCode();
    JsonNode json = parse(response.body());
    if ((status >= 200 && status < 300) || Arrays.stream(alsoAccepted).anyMatch(s -> s == status)) {
      return new Reply(status, json);
    }
    String reason = "HubSpot " + method + " " + path + " answered " + status + describe(json);
    if (status == 429 || status >= 500) {
      throw new CrmUnavailableException(reason, retryAfter(response), null);
    }
    throw new CrmRejectedException(reason, status);
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return Json.parse(body);
    } catch (IllegalArgumentException e) {
      return MissingNode.getInstance(); // an HTML error page from a proxy: the status says enough
    }
  }

  private static String describe(JsonNode error) {
    String category = error.path("category").asText("");
    String message = error.path("message").asText("");
    return (category.isEmpty() ? "" : " " + category) + (message.isEmpty() ? "" : ": " + message);
  }

  private static Duration retryAfter(HttpResponse<String> response) {
    return response.headers().firstValue("Retry-After").flatMap(value -> {
      try {
        return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
      } catch (NumberFormatException e) {
        return java.util.Optional.empty();
      }
    }).orElse(null);
  }
}
