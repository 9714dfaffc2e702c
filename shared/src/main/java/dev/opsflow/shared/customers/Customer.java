package dev.opsflow.shared.customers;

import java.time.Instant;
import java.util.Map;

/**
 * A customer of the built-in CRM ({@code customers}). {@code externalIds} maps a CRM's name to this customer's
 * id there ({@code {"hubspot": "51"}}).
 */
public record Customer(
    String id,
    String name,
    String phoneE164,
    String email,
    String address,
    Map<String, String> externalIds,
    Instant createdAt,
    Instant updatedAt) {

  public Customer {
    externalIds = externalIds == null ? Map.of() : Map.copyOf(externalIds);
  }
}
