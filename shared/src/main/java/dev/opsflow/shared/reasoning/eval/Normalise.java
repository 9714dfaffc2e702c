package dev.opsflow.shared.reasoning.eval;

import java.util.Locale;

/**
 * How predicted and labeled values are compared (eval/README.md): phone and email exactly; name, address and
 * preferred time after case-folding, collapsing whitespace and trimming surrounding punctuation.
 */
final class Normalise {
  private Normalise() {}

  static boolean same(String field, String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == null && actual == null;
    }
    return switch (field) {
      case "phone", "email", "is_service_request", "issue_type", "urgency" -> expected.equals(actual);
      default -> loose(expected).equals(loose(actual));
    };
  }

  /** Case-folded, whitespace collapsed, surrounding punctuation trimmed. */
  static String loose(String value) {
    String folded = value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return folded.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
  }
}
