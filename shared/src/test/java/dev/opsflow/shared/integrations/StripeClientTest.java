package dev.opsflow.shared.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.integrations.stripe.NewStripeCustomer;
import dev.opsflow.shared.integrations.stripe.StripeClient;
import dev.opsflow.shared.integrations.stripe.StripeCustomer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stripe's documented request and response shapes, and how its failures map to the workflow's errors. */
class StripeClientTest {
  static final String KEY = "sk_test_51StripeClientTest000";
  final ApiServer api = new ApiServer("stripe", "api_key", KEY);
  final StripeClient stripe = new StripeClient(api.http);

  @AfterEach
  void stop() {
    api.close();
  }

  static final String CUSTOMER = """
      {"id": "cus_NffrFeUfNV2Hib", "object": "customer", "address": null, "balance": 0, "created": 1680893993,
       "currency": null, "default_source": null, "delinquent": false, "description": "Onboarded", "email": "dana@acme.example",
       "invoice_prefix": "0759376C", "livemode": false, "metadata": {"opsflow_contract_id": "ctr_1"}, "name": "Acme",
       "next_invoice_sequence": 1, "phone": null, "preferred_locales": [], "shipping": null, "tax_exempt": "none", "test_clock": null}""";

  @Test
  void create_postsTheFormWithIdempotencyKeyAndBearer_andReadsTheCustomer() {
    // GIVEN Stripe's create endpoint
    api.server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(CUSTOMER)));

    // WHEN a customer is created
    StripeCustomer customer =
        stripe.create("exec-1", new NewStripeCustomer("Acme", "dana@acme.example", null, "Onboarded", Map.of("opsflow_contract_id", "ctr_1")), "exec-1#CreateStripeCustomer");

    // THEN the documented form was sent with the key and the idempotency key, and the customer read back
    api.server.verify(postRequestedFor(urlPathEqualTo("/v1/customers"))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withHeader("Idempotency-Key", equalTo("exec-1#CreateStripeCustomer"))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withFormParam("name", equalTo("Acme"))
        .withFormParam("email", equalTo("dana@acme.example"))
        .withFormParam("metadata[opsflow_contract_id]", equalTo("ctr_1")));
    assertThat(customer.id()).isEqualTo("cus_NffrFeUfNV2Hib");
    assertThat(customer.metadata()).containsEntry("opsflow_contract_id", "ctr_1");
  }

  @Test
  void findByMetadata_searchesWithStripesQueryLanguage() {
    // GIVEN a search that finds the customer
    api.server.stubFor(get(urlPathEqualTo("/v1/customers/search"))
        .withQueryParam("query", equalTo("metadata['opsflow_contract_id']:'ctr_1'"))
        .willReturn(aResponse().withStatus(200).withBody(
            "{\"object\": \"search_result\", \"url\": \"/v1/customers/search\", \"has_more\": false, \"next_page\": null, \"data\": [" + CUSTOMER + "]}")));

    // WHEN / THEN the customer is found by its contract id
    assertThat(stripe.findByMetadata("exec-1", "opsflow_contract_id", "ctr_1")).map(StripeCustomer::id).contains("cus_NffrFeUfNV2Hib");
  }

  @Test
  void failures_mapToRateLimitedTransientAndPermanent() {
    // GIVEN Stripe answering 429, then 503, then 400 (its error shape)
    String error = "{\"error\": {\"type\": \"%s\", \"code\": \"%s\", \"message\": \"...\"}}";
    NewStripeCustomer customer = new NewStripeCustomer("Acme", "dana@acme.example", null, null, Map.of());
    api.server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
        .withBody(error.formatted("rate_limit_error", "rate_limit"))));
    assertThatThrownBy(() -> stripe.create("exec-2", customer, "k"))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(7))
        .hasMessageStartingWith("Retry-After: 7 ");

    api.server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(503).withBody(error.formatted("api_error", "unavailable"))));
    assertThatThrownBy(() -> stripe.create("exec-2", customer, "k")).isInstanceOf(TransientIntegrationException.class).hasMessageContaining("503");

    api.server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(400)
        .withBody(error.formatted("invalid_request_error", "email_invalid"))));
    // THEN each maps to its workflow error, the message naming Stripe's error code and never the key
    assertThatThrownBy(() -> stripe.create("exec-2", customer, "k"))
        .isInstanceOf(PermanentIntegrationException.class).hasMessageContaining("invalid_request_error/email_invalid").hasMessageNotContaining(KEY);
  }

  @Test
  void unreachableApi_isTransient() {
    // GIVEN Stripe down (nothing listening)
    api.server.stop();

    // WHEN / THEN the call fails as transient
    assertThatThrownBy(() -> stripe.findByMetadata("exec-3", "opsflow_contract_id", "ctr_1")).isInstanceOf(TransientIntegrationException.class);
  }
}
