package dev.opsflow.shared.integrations.stripe;

import java.util.Map;

/** The parameters of {@code POST /v1/customers} opsflow sends; {@code phone} may be null. */
public record NewStripeCustomer(String name, String email, String phone, String description, Map<String, String> metadata) {
  public NewStripeCustomer {
    metadata = Map.copyOf(metadata);
  }
}
