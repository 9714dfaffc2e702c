package dev.opsflow.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, does not follow redirects, reads CSRF tokens from pages. */
final class WebClient implements AutoCloseable {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final TestNode node;
  private final HttpClient http;

  WebClient(TestNode node) {
    this.node = node;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(node.uri(path)).GET().build());
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** GETs {@code pagePath}, then posts {@code form} with that page's CSRF token to {@code action}. */
  HttpResponse<String> submit(String pagePath, String action, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", csrf(get(pagePath).body()));
    return post(action, withToken);
  }

  /** Signs in (the login page's token, then the form); returns the response to the login post. */
  HttpResponse<String> login(String email, String password) {
    return submit("/login", "/login", Map.of("email", email, "password", password));
  }

  static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("No CSRF token in page: " + html.substring(0, Math.min(html.length(), 500)));
    }
    return matcher.group(1);
  }

  static URI location(HttpResponse<?> response) {
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
