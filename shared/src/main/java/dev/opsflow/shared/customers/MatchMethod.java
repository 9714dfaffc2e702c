package dev.opsflow.shared.customers;

import java.util.Locale;

/**
 * How a request was tied to a customer: by phone, by email, by name plus address, or {@code created} (nothing
 * matched well enough, so a new customer was made from the request), or {@code none} (the request names no one).
 */
public enum MatchMethod {
  PHONE,
  EMAIL,
  NAME_ADDRESS,
  CREATED,
  NONE;

  /** The stored form ({@code requests.match_method}), e.g. {@code name_address}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
