package dev.opsflow.webapp.form;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The request fields of the contract (HELPER_COMMON: customer_name, phone, email, address, preferred_time,
 * issue_type, urgency, description) as forms ask for them, and their normalisation: phones to E.164 (numbers
 * without a country code are read as {@code defaultRegion}), e-mail addresses trimmed, choices checked against
 * their list. Phones must be possible numbers, not necessarily assigned ones (555 numbers pass). Messages say
 * what to do, for the form's error summary and the field itself.
 */
public final class RequestFields {
  public static final List<String> ISSUE_TYPES = List.of("plumbing", "hvac", "electrical", "appliance");
  public static final List<String> URGENCIES = List.of("emergency", "urgent", "routine");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final int MAX_LENGTH = 4000;

  private static final Map<String, FieldSpec> KNOWN = Map.of(
      "customer_name", new FieldSpec("customer_name", "Your name", "text", null, "name", null),
      "phone", new FieldSpec("phone", "Phone number", "tel", null, "tel", "We text or call you about the visit."),
      "email", new FieldSpec("email", "E-mail address", "email", null, "email", null),
      "address", new FieldSpec("address", "Service address", "text", null, "street-address", "Street, number, unit, town."),
      "preferred_time", new FieldSpec("preferred_time", "Preferred time", "text", null, "off", "For example: weekday mornings."),
      "issue_type", new FieldSpec("issue_type", "What needs fixing", "select", ISSUE_TYPES, "off", null),
      "urgency", new FieldSpec("urgency", "How urgent is it", "select", URGENCIES, "off",
          "Emergency: water, gas, sparks or no heat right now."),
      "description", new FieldSpec("description", "Describe the problem", "textarea", null, "off", "What happened, where, since when."));

  /**
   * The same fields as staff see them on a task page: about the customer, not addressed to them ("Customer name",
   * not "Your name"), with hints for the person filling in the gap.
   */
  private static final Map<String, FieldSpec> STAFF = Map.of(
      "customer_name", new FieldSpec("customer_name", "Customer name", "text", null, "off", null),
      "phone", new FieldSpec("phone", "Customer phone", "tel", null, "off", "Any common format; it is saved as +1 555 123 4567 (E.164)."),
      "email", new FieldSpec("email", "Customer e-mail", "email", null, "off", null),
      "address", new FieldSpec("address", "Service address", "text", null, "off", "Street, number, unit, town, as the customer gave it."),
      "preferred_time", new FieldSpec("preferred_time", "Preferred visit time", "text", null, "off", "As the customer said it, e.g. Tuesday 9-12."),
      "issue_type", new FieldSpec("issue_type", "Issue type", "select", ISSUE_TYPES, "off", null),
      "urgency", new FieldSpec("urgency", "Urgency", "select", URGENCIES, "off", "Emergency: water, gas, sparks or no heat right now."),
      "description", new FieldSpec("description", "Problem description", "textarea", null, "off", null));

  private static final Map<String, String> MISSING = Map.of(
      "customer_name", "Enter your name.",
      "phone", "Enter a phone number.",
      "email", "Enter an e-mail address.",
      "address", "Enter the service address.",
      "preferred_time", "Enter a preferred time.",
      "issue_type", "Choose what needs fixing.",
      "urgency", "Choose how urgent it is.",
      "description", "Describe the problem.");

  private final String defaultRegion;

  public RequestFields(String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /** The spec of {@code name} on a staff task page; unknown fields as in {@link #spec}. */
  public static FieldSpec staffSpec(String name) {
    FieldSpec known = STAFF.get(name);
    return known != null ? known : spec(name);
  }

  /** The spec of {@code name}; unknown (per-issue-type) fields become a plain text input labelled from the name. */
  public static FieldSpec spec(String name) {
    FieldSpec known = KNOWN.get(name);
    if (known != null) {
      return known;
    }
    String words = name.replace('_', ' ');
    return new FieldSpec(name, Character.toUpperCase(words.charAt(0)) + words.substring(1), "text", null, "off", null);
  }

  /** The result of checking one value: the value to store (normalised) or the message to show. */
  public record Checked(String value, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** Checks a value staff or a customer typed; {@code required} refuses an empty one. */
  public Checked check(String name, String raw, boolean required) {
    String value = raw == null ? "" : raw.strip();
    FieldSpec spec = spec(name);
    if (value.isEmpty()) {
      return new Checked(null, required ? MISSING.getOrDefault(name, "Enter " + spec.label().toLowerCase(Locale.ROOT) + ".") : null);
    }
    if (value.length() > MAX_LENGTH) {
      return new Checked(null, spec.label() + " is too long (at most " + MAX_LENGTH + " characters).");
    }
    return switch (spec.type()) {
      case "tel" -> phone(value);
      case "email" -> EMAIL.matcher(value).matches()
          ? new Checked(value, null)
          : new Checked(null, "Enter an e-mail address like name@example.com.");
      case "select" -> spec.options().contains(value)
          ? new Checked(value, null)
          : new Checked(null, "Choose one of: " + String.join(", ", spec.options()) + ".");
      default -> new Checked(value, null);
    };
  }

  private Checked phone(String value) {
    try {
      PhoneNumber number = PHONES.parse(value, defaultRegion);
      if (PHONES.isPossibleNumber(number)) {
        return new Checked(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), null);
      }
    } catch (NumberParseException e) {
      // Falls through to the message: the parser's reason is not something a customer can act on.
    }
    return new Checked(null, "Enter a phone number with its area code, like (555) 123-4567 or +1 555 123 4567.");
  }
}
