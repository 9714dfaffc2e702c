package dev.opsflow.shared.ledger;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request to a third party, with its body as text so the ledger can record exactly what is sent
 * ({@link java.net.http.HttpRequest} hides its body in a publisher). Headers are single-valued, in order.
 */
public record OutboundRequest(String method, URI uri, Map<String, String> headers, String body, Duration timeout) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  public OutboundRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
  }

  public static OutboundRequest get(URI uri, Map<String, String> headers) {
    return new OutboundRequest("GET", uri, headers, null, DEFAULT_TIMEOUT);
  }

  /** A POST of {@code body}; {@code headers} should name its Content-Type. */
  public static OutboundRequest post(URI uri, Map<String, String> headers, String body) {
    return new OutboundRequest("POST", uri, headers, body, DEFAULT_TIMEOUT);
  }

  /** The value of header {@code name} (case-insensitive), or null. */
  public String header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  public OutboundRequest withTimeout(Duration value) {
    return new OutboundRequest(method, uri, headers, body, value);
  }
}
