package dev.opsflow.local.ingress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.opsflow.shared.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An HTTP request as the event a Lambda Function URL gives its function (payload format 2.0): {@code rawPath},
 * {@code rawQueryString}, {@code queryStringParameters}, header names lower-cased and repeated values joined with
 * commas, cookies moved to {@code cookies}, a textual body as text and any other base64-encoded ({@code
 * isBase64Encoded}), {@code requestContext.http} with method, path, protocol, source IP and user agent. Like a
 * Function URL it adds {@code x-forwarded-proto}, {@code x-forwarded-port} and {@code x-forwarded-for}, keeping
 * values a local reverse proxy already set.
 */
final class FunctionUrlEvent {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Set<String> TEXT_TYPES = Set.of(
      "application/json", "application/x-www-form-urlencoded", "application/xml", "application/javascript", "application/x-amz-json-1.1");

  private FunctionUrlEvent() {}

  static ObjectNode of(HttpExchange exchange, byte[] body, String accountId, Instant now) {
    ObjectNode event = Json.MAPPER.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", exchange.getRequestURI().getRawPath());
    String query = exchange.getRequestURI().getRawQuery();
    event.put("rawQueryString", query == null ? "" : query);
    Map<String, String> headers = headers(exchange);
    String cookies = headers.remove("cookie");
    if (cookies != null) {
      ArrayNode list = event.putArray("cookies");
      for (String cookie : cookies.split(";\\s*")) {
        list.add(cookie);
      }
    }
    ObjectNode headerNode = event.putObject("headers");
    headers.forEach(headerNode::put);
    if (query != null && !query.isEmpty()) {
      event.set("queryStringParameters", Json.MAPPER.valueToTree(parameters(query)));
    }
    boolean text = isText(headers.get("content-type"));
    if (body.length > 0) {
      event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
    }
    event.put("isBase64Encoded", body.length > 0 && !text);
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", accountId);
    context.put("apiId", "local");
    context.put("domainName", headers.getOrDefault("host", "localhost"));
    context.put("domainPrefix", "local");
    context.put("requestId", UUID.randomUUID().toString());
    context.put("routeKey", "$default");
    context.put("stage", "$default");
    context.put("time", TIME.format(now));
    context.put("timeEpoch", now.toEpochMilli());
    ObjectNode http = context.putObject("http");
    http.put("method", exchange.getRequestMethod());
    http.put("path", exchange.getRequestURI().getRawPath());
    http.put("protocol", exchange.getProtocol());
    http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
    http.put("userAgent", headers.getOrDefault("user-agent", ""));
    return event;
  }

  private static Map<String, String> headers(HttpExchange exchange) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    headers.putIfAbsent("x-forwarded-proto", "http");
    headers.putIfAbsent("x-forwarded-port", String.valueOf(exchange.getLocalAddress().getPort()));
    headers.putIfAbsent("x-forwarded-for", exchange.getRemoteAddress().getAddress().getHostAddress());
    return headers;
  }

  /** Query parameters decoded, repeated names joined with commas (as Function URLs do). */
  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      parameters.merge(name, value, (a, b) -> a + "," + b);
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  static boolean isText(String contentType) {
    if (contentType == null) {
      return true;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.startsWith("text/") || TEXT_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml");
  }
}
