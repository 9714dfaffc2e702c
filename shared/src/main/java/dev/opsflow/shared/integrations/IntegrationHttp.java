package dev.opsflow.shared.integrations;

import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.ledger.HttpResult;
import dev.opsflow.shared.ledger.Ledger;
import dev.opsflow.shared.ledger.LedgeredHttp;
import dev.opsflow.shared.ledger.OutboundRequest;
import dev.opsflow.shared.ledger.PostgresLedger;
import dev.opsflow.shared.ledger.Redactor;
import dev.opsflow.shared.secrets.IntegrationSecret;
import dev.opsflow.shared.secrets.Secrets;
import dev.opsflow.shared.secrets.SecretsPort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One integration's HTTP access: its base URL, its bearer token (read from its own secret at each call, so a
 * rotated secret is used as soon as the store serves it), every call through the audit-first ledger with that
 * secret redacted, and transport failures (timeout, refused connection) mapped to {@link
 * TransientIntegrationException}. The integration clients ({@code stripe}, {@code asana} ...) build on it.
 */
public final class IntegrationHttp {
  private final String integration;
  private final URI baseUri;
  private final String tokenField;
  private final SecretsPort secrets;
  private final Ledger ledger;
  private final HttpClient client;
  private final Clock clock;

  public IntegrationHttp(
      String integration, URI baseUri, String tokenField, SecretsPort secrets, Ledger ledger, HttpClient client, Clock clock) {
    this.integration = integration;
    this.baseUri = baseUri;
    this.tokenField = tokenField;
    this.secrets = secrets;
    this.ledger = ledger;
    this.client = client;
    this.clock = clock;
  }

  /**
   * Wired from the environment: the base URL from {@code urlVariable} (default {@code defaultUrl}: the real API),
   * secrets scoped to this integration ({@link Secrets#scoped}), the ledger in the application database.
   */
  public static IntegrationHttp fromEnvironment(
      Map<String, String> env, String integration, String tokenField, String urlVariable, String defaultUrl) {
    String url = env.getOrDefault(urlVariable, defaultUrl);
    return new IntegrationHttp(
        integration, URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url), tokenField,
        Secrets.scoped(env, integration), new PostgresLedger(AppDatabase.get()), LedgeredHttp.defaultClient(), Clock.systemUTC());
  }

  public String integration() {
    return integration;
  }

  public Clock clock() {
    return clock;
  }

  /** {@code base + pathAndQuery}; the caller encodes query values. */
  public URI uri(String pathAndQuery) {
    return URI.create(baseUri + pathAndQuery);
  }

  /** A GET with the bearer token; any status is returned (the caller decides), transport failures are transient. */
  public HttpResult get(String correlation, String pathAndQuery) {
    return send(correlation, "GET", pathAndQuery, Map.of(), null);
  }

  /** A POST of {@code body} as {@code contentType}, plus {@code headers} (an Idempotency-Key ...). */
  public HttpResult post(String correlation, String path, String contentType, String body, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", contentType);
    return send(correlation, "POST", path, all, body);
  }

  private HttpResult send(String correlation, String method, String pathAndQuery, Map<String, String> headers, String body) {
    IntegrationSecret secret = secrets.get(integration);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Accept", "application/json");
    all.put("Authorization", "Bearer " + secret.require(tokenField));
    all.putAll(headers);
    OutboundRequest request = new OutboundRequest(method, uri(pathAndQuery), all, body, OutboundRequest.DEFAULT_TIMEOUT);
    LedgeredHttp http = new LedgeredHttp(client, ledger, new Redactor(secret.values().values()), clock);
    try {
      return http.send(correlation, integration, request);
    } catch (HttpTimeoutException e) {
      throw new TransientIntegrationException(integration, integration + " did not answer within " + request.timeout().toSeconds() + " s", e);
    } catch (IOException e) {
      throw new TransientIntegrationException(integration, integration + " could not be reached: " + e.getClass().getSimpleName(), e);
    }
  }
}
