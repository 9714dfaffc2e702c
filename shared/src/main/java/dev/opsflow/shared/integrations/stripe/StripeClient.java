package dev.opsflow.shared.integrations.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.integrations.ApiErrors;
import dev.opsflow.shared.integrations.HttpFailures;
import dev.opsflow.shared.integrations.IntegrationHttp;
import dev.opsflow.shared.integrations.TransientIntegrationException;
import dev.opsflow.shared.ledger.HttpResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Stripe's Customers API as documented (https://docs.stripe.com/api/customers): {@code POST /v1/customers},
 * form-encoded, with an {@code Idempotency-Key} (Stripe replays the first answer to a repeated key for 24 hours),
 * and {@code GET /v1/customers/search} to find a customer by metadata. Auth: the secret key as a bearer token
 * (secret {@code stripe.api_key}).
 */
public final class StripeClient {
  public static final String INTEGRATION = "stripe";

  private final IntegrationHttp http;

  public StripeClient(IntegrationHttp http) {
    this.http = http;
  }

  /** {@code OPSFLOW_STRIPE_API_URL} (default https://api.stripe.com), secret {@code stripe.api_key}. */
  public static StripeClient fromEnvironment(Map<String, String> env) {
    return new StripeClient(IntegrationHttp.fromEnvironment(env, INTEGRATION, "api_key", "OPSFLOW_STRIPE_API_URL", "https://api.stripe.com"));
  }

  /**
   * The first customer whose {@code metadata[key]} is {@code value} ({@code query=metadata['key']:'value'}).
   * Stripe's search index lags writes by up to a minute, so this guards against a duplicate long after the
   * idempotency key expired, not against a concurrent one (the key does that).
   */
  public Optional<StripeCustomer> findByMetadata(String correlation, String key, String value) {
    String query = "metadata['" + quote(key) + "']:'" + quote(value) + "'";
    HttpResult result = checked(http.get(correlation, "/v1/customers/search?limit=1&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    JsonNode data = ApiErrors.json(result).path("data");
    return data.isArray() && !data.isEmpty() ? Optional.of(customer(data.get(0))) : Optional.empty();
  }

  /** Creates the customer; the same {@code idempotencyKey} always yields the same customer. */
  public StripeCustomer create(String correlation, NewStripeCustomer customer, String idempotencyKey) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", customer.name());
    form.put("email", customer.email());
    if (customer.phone() != null) {
      form.put("phone", customer.phone());
    }
    if (customer.description() != null) {
      form.put("description", customer.description());
    }
    customer.metadata().forEach((k, v) -> form.put("metadata[" + k + "]", v));
    HttpResult result =
        checked(
            http.post(
                correlation, "/v1/customers", "application/x-www-form-urlencoded", encode(form), Map.of("Idempotency-Key", idempotencyKey)));
    return customer(ApiErrors.json(result));
  }

  private HttpResult checked(HttpResult result) {
    if (result.isSuccess()) {
      return result;
    }
    JsonNode body = ApiErrors.json(result);
    String type = ApiErrors.text(body, "/error/type");
    String code = ApiErrors.text(body, "/error/code");
    String apiError = type == null ? code : code == null ? type : type + "/" + code;
    if (result.status() == 409) {
      // Another request with the same idempotency key is still running at Stripe: ask again shortly.
      throw new TransientIntegrationException(INTEGRATION, "stripe is still processing the same idempotent request: HTTP 409 " + apiError);
    }
    throw HttpFailures.failure(INTEGRATION, result, apiError, http.clock());
  }

  private StripeCustomer customer(JsonNode node) {
    Map<String, String> metadata = new LinkedHashMap<>();
    node.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asText()));
    return new StripeCustomer(
        ApiErrors.required(INTEGRATION, node, "/id"), ApiErrors.text(node, "/email"), ApiErrors.text(node, "/name"), metadata);
  }

  private static String quote(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static String encode(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
