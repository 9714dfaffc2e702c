package dev.opsflow.shared.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A third party's answer as {@link LedgeredHttp} received (and recorded) it. */
public record HttpResult(int status, Map<String, List<String>> headers, String body, Duration duration) {
  public HttpResult {
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /** The first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
