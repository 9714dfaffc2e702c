package dev.opsflow.shared.secrets;

import java.util.Map;
import java.util.TreeMap;

/**
 * The credentials of one integration ({@code stripe}: {@code {"api_key": "sk_..."}}). {@code toString} shows the
 * field names only, so a secret logged by mistake shows nothing.
 */
public record IntegrationSecret(String integration, Map<String, String> values) {
  public IntegrationSecret {
    values = Map.copyOf(values);
  }

  /** The value of {@code field}; a missing one is an error naming the field, never a value. */
  public String require(String field) {
    String value = values.get(field);
    if (value == null || value.isBlank()) {
      throw new SecretNotFoundException("The secret of " + integration + " has no '" + field + "'");
    }
    return value;
  }

  @Override
  public String toString() {
    return "IntegrationSecret[" + integration + ", fields=" + new TreeMap<>(values).keySet() + "]";
  }
}
