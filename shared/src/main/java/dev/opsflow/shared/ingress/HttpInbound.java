package dev.opsflow.shared.ingress;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as ingress sees it, whichever way it came (a Lambda Function URL event, or the node's HTTP
 * server converting to one): the method, the raw path and query string, the headers with lower-cased names (as
 * Function URLs deliver them; repeated headers joined with commas) and the body's bytes (already base64-decoded).
 */
public record HttpInbound(String method, String rawPath, String rawQueryString, Map<String, String> headers, byte[] body) {
  public HttpInbound {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
    rawQueryString = rawQueryString == null ? "" : rawQueryString;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).filter(v -> !v.isBlank());
  }

  /** The media type without parameters, lower-cased ({@code application/json}); empty when absent. */
  public String mediaType() {
    return header("content-type").map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).orElse("");
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The URL the sender called, for signatures that cover it: {@code base} (the configured public URL) when given,
   * else {@code x-forwarded-proto://host}; then the raw path and, if any, {@code ?} and the raw query string.
   */
  public String url(java.net.URI base) {
    String origin = base != null
        ? base.toString()
        : header("x-forwarded-proto").orElse("https") + "://" + header("host").orElse("localhost");
    return origin + rawPath + (rawQueryString.isEmpty() ? "" : "?" + rawQueryString);
  }
}
