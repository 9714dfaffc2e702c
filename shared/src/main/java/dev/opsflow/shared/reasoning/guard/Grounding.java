package dev.opsflow.shared.reasoning.guard;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.text.SpokenDigits;
import dev.opsflow.shared.reasoning.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input text prepared once for grounding checks: its tokens, its squashed lower-case form, the digit
 * groups of its phone-like runs (spoken digits included) and its spoken emails spelt out.
 */
final class Grounding {
  /** Street suffixes people write either way; a value may use one form while the text has the other. */
  private static final Map<String, String> SUFFIXES =
      Map.ofEntries(
          Map.entry("street", "st"), Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("road", "rd"),
          Map.entry("boulevard", "blvd"), Map.entry("drive", "dr"), Map.entry("lane", "ln"), Map.entry("court", "ct"),
          Map.entry("place", "pl"), Map.entry("terrace", "ter"), Map.entry("circle", "cir"), Map.entry("parkway", "pkwy"),
          Map.entry("highway", "hwy"), Map.entry("trail", "trl"), Map.entry("square", "sq"), Map.entry("apartment", "apt"),
          Map.entry("suite", "ste"), Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"),
          Map.entry("west", "w"));
  private static final Pattern PHONE_RUN = Pattern.compile("\\d[\\d \\t\\-.()/+]*\\d");
  private static final double SUMMARY_SHARE = 0.6;

  private final String squashed;
  private final Set<String> tokens = new HashSet<>();
  private final List<String> digitRuns;
  private final String spokenEmails;

  Grounding(String text) {
    this.squashed = Tokens.squash(text);
    Tokens.of(text).forEach(t -> tokens.add(canonical(t)));
    Matcher runs = PHONE_RUN.matcher(SpokenDigits.normalise(text).text());
    List<String> found = new ArrayList<>();
    while (runs.find()) {
      found.add(runs.group().replaceAll("\\D", ""));
    }
    this.digitRuns = found;
    this.spokenEmails = squashed
        .replaceAll("\\s*(?:\\(at\\)|\\[at\\])\\s*", "@")
        .replaceAll("\\s+at\\s+", "@")
        .replaceAll("\\s+dot\\s+", ".")
        .replaceAll("\\s+underscore\\s+", "_")
        .replaceAll("\\s*@\\s*", "@");
  }

  /** Why the value is not grounded, or null when it is. */
  String problem(FieldKind kind, String value, Evidence evidence) {
    return switch (kind) {
      case PHONE -> phoneGrounded(value) ? null : "phone digits not in the text";
      case EMAIL -> emailGrounded(value) ? null : "email not in the text";
      case NAME, ADDRESS, DATETIME, TEXT -> missingTokens(value, 1.0) ? "words not in the text" : null;
      case SUMMARY -> missingTokens(value, SUMMARY_SHARE) ? "description not drawn from the text" : null;
      case CHOICE, BOOLEAN -> quoted(evidence) ? null : "evidence quote not in the text";
    };
  }

  private boolean phoneGrounded(String value) {
    String digits = value.replaceAll("\\D", "");
    if (digits.length() == 11 && digits.startsWith("1")) {
      digits = digits.substring(1);
    }
    if (digits.length() < 7) {
      return false;
    }
    String national = digits;
    return digitRuns.stream().anyMatch(run -> run.contains(national));
  }

  private boolean emailGrounded(String value) {
    String email = value.strip().toLowerCase(Locale.ROOT);
    return !email.isEmpty() && (squashed.contains(email) || spokenEmails.contains(email));
  }

  /** True when fewer than {@code share} of the value's tokens occur in the text (or it has none). */
  private boolean missingTokens(String value, double share) {
    List<String> valueTokens = Tokens.of(value);
    if (valueTokens.isEmpty()) {
      return true;
    }
    long present = valueTokens.stream().filter(t -> tokens.contains(canonical(t))).count();
    return present < Math.ceil(valueTokens.size() * share);
  }

  private boolean quoted(Evidence evidence) {
    return evidence != null && !evidence.quote().isBlank() && squashed.contains(Tokens.squash(evidence.quote()));
  }

  private static String canonical(String token) {
    return SUFFIXES.getOrDefault(token, token);
  }
}
