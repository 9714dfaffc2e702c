package dev.opsflow.shared.customers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses as matching compares them: trimmed, {@code mailto:} and angle brackets removed, lower case.
 * Gmail's dots and "+tags" are deliberately kept: they are insignificant only on gmail.com and googlemail.com
 * (elsewhere "j.smith" and "jsmith" are different people), HubSpot deduplicates contacts on the exact address,
 * so matching here must agree with the CRM's own identity, and a customer who wrote a +tag wants mail to it.
 */
public final class EmailAddresses {
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private EmailAddresses() {}

  /** The normalised address, or empty when {@code raw} does not look like one. */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String address = raw.strip();
    for (int pass = 0; pass < 2; pass++) { // "<mailto:a@b.c>" and "mailto:<a@b.c>" alike
      if (address.startsWith("<") && address.endsWith(">")) {
        address = address.substring(1, address.length() - 1).strip();
      }
      if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
        address = address.substring(7).strip();
      }
    }
    address = address.toLowerCase(Locale.ROOT);
    return SHAPE.matcher(address).matches() ? Optional.of(address) : Optional.empty();
  }
}
