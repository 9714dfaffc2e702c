package dev.opsflow.shared.customers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers to E.164 with libphonenumber: "(555) 123-4567", "555.123.4567" and "+1 555 123 4567" are all
 * {@code +15551234567} under region US. A number must be a <em>possible</em> one (right length for its
 * country), not a <em>valid</em> one: validity rejects the 555 numbers of demos and tests and numbers in ranges
 * newer than the library's metadata, and a customer's number is worth keeping either way.
 */
public final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  /** {@code defaultRegion} (ISO 3166 alpha-2, e.g. "US", "GB") places numbers written without a country code. */
  public PhoneNumbers(String defaultRegion) {
    String region = defaultRegion == null ? "" : defaultRegion.strip().toUpperCase(Locale.ROOT);
    if (!UTIL.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException("Unknown phone region: " + defaultRegion);
    }
    this.defaultRegion = region;
  }

  /** Numbers written without a country code are American (the default when config names no region). */
  public static PhoneNumbers us() {
    return new PhoneNumbers("US");
  }

  public String defaultRegion() {
    return defaultRegion;
  }

  /** The E.164 form of {@code raw}, or empty when it is not a possible phone number. Extensions are dropped. */
  public Optional<String> toE164(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(raw.strip(), defaultRegion);
      if (UTIL.isPossibleNumberWithReason(number) != ValidationResult.IS_POSSIBLE) {
        return Optional.empty();
      }
      number.clearExtension();
      return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
