package dev.opsflow.shared.ingress.form;

import dev.opsflow.shared.customers.EmailAddresses;
import dev.opsflow.shared.customers.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Server-side validation of the public intake form, whatever the browser checked: {@code submission_id} (minted
 * when the form was shown: the idempotency key of a double submit), {@code customer_name} and {@code description}
 * required, a phone (to E.164) or an email, {@code issue_type} and {@code urgency} from the contract's values,
 * lengths bounded. Returns the cleaned fields, or every problem at once.
 */
public final class IntakeForm {
  static final Set<String> ISSUE_TYPES = Set.of("plumbing", "hvac", "electrical", "appliance");
  static final Set<String> URGENCIES = Set.of("emergency", "urgent", "routine");
  private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final Map<String, Integer> MAX_LENGTHS = Map.of(
      "customer_name", 200, "phone", 40, "email", 254, "address", 500, "preferred_time", 200, "description", 5000);

  /** The outcome: cleaned fields when {@code problems} is empty. */
  public record Checked(String submissionId, Map<String, String> fields, List<String> problems) {}

  private final PhoneNumbers phones;

  public IntakeForm(PhoneNumbers phones) {
    this.phones = phones;
  }

  public Checked check(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    String submissionId = text(raw, "submission_id");
    if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
      problems.add("submission_id must be 8 to 64 letters, digits, '-' or '_'");
    }
    MAX_LENGTHS.forEach((field, max) -> {
      String value = text(raw, field);
      if (value != null && value.length() > max) {
        problems.add(field + " is longer than " + max + " characters");
      }
    });
    require(raw, "customer_name", problems).ifPresent(v -> fields.put("customer_name", v));
    String phone = text(raw, "phone");
    String email = text(raw, "email");
    if (phone == null && email == null) {
      problems.add("phone or email is required");
    }
    if (phone != null) {
      phones.toE164(phone).ifPresentOrElse(v -> fields.put("phone", v), () -> problems.add("phone is not a phone number"));
    }
    if (email != null) {
      EmailAddresses.normalise(email).ifPresentOrElse(v -> fields.put("email", v), () -> problems.add("email is not an email address"));
    }
    optional(raw, "address", fields);
    optional(raw, "preferred_time", fields);
    oneOf(raw, "issue_type", ISSUE_TYPES, fields, problems);
    oneOf(raw, "urgency", URGENCIES, fields, problems);
    require(raw, "description", problems).ifPresent(v -> fields.put("description", v));
    return new Checked(submissionId, fields, problems);
  }

  private static java.util.Optional<String> require(Map<String, String> raw, String field, List<String> problems) {
    String value = text(raw, field);
    if (value == null) {
      problems.add(field + " is required");
    }
    return java.util.Optional.ofNullable(value);
  }

  private static void optional(Map<String, String> raw, String field, Map<String, String> fields) {
    String value = text(raw, field);
    if (value != null) {
      fields.put(field, value);
    }
  }

  private static void oneOf(Map<String, String> raw, String field, Set<String> allowed, Map<String, String> fields, List<String> problems) {
    String value = text(raw, field);
    if (value == null) {
      return;
    }
    if (allowed.contains(value)) {
      fields.put(field, value);
    } else {
      problems.add(field + " must be one of " + new java.util.TreeSet<>(allowed));
    }
  }

  private static String text(Map<String, String> raw, String field) {
    String value = raw.get(field);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
