package dev.opsflow.shared.integrations.stripe;

import java.util.Map;

/** A Stripe Customer object, the fields opsflow uses ({@code id} is {@code cus_...}). */
public record StripeCustomer(String id, String email, String name, Map<String, String> metadata) {
  public StripeCustomer {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
