package dev.opsflow.local.workflows;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${name}} placeholders in ASL text the way tofu's {@code templatefile()} does: every
 * placeholder must be supplied, and {@code $${} stands for a literal {@code ${}.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("(\\$?)\\$\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private Placeholders() {}

  /** The placeholder names used in {@code text}. */
  public static Set<String> names(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        names.add(m.group(2));
      }
    }
    return names;
  }

  /** Replaces every placeholder; throws IllegalArgumentException naming the first missing or malformed one. */
  public static String resolve(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      String replacement;
      if (!m.group(1).isEmpty()) {
        replacement = "${" + name + "}";
      } else if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("malformed placeholder ${" + name + "} (names are snake_case)");
      } else if (!values.containsKey(name)) {
        throw new IllegalArgumentException("no value for placeholder ${" + name + "}");
      } else {
        replacement = values.get(name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
