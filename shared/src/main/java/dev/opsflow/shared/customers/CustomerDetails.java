package dev.opsflow.shared.customers;

/**
 * What is known of a customer from one request or one CRM sync; any part may be null. {@code phoneE164} is
 * already normalised ({@link PhoneNumbers}); the store normalises the email, name and address itself.
 */
public record CustomerDetails(String name, String phoneE164, String email, String address) {
  public CustomerDetails {
    name = blankToNull(name);
    phoneE164 = blankToNull(phoneE164);
    email = blankToNull(email);
    address = blankToNull(address);
  }

  public boolean isEmpty() {
    return name == null && phoneE164 == null && email == null && address == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
