package dev.opsflow.shared.reasoning.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-case word tokens (letters and digits; apostrophes dropped), the unit grounding and scoring compare. */
public final class Tokens {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private Tokens() {}

  /** The tokens of a text, in order. */
  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String token = m.group().replace("'", "").toLowerCase(Locale.ROOT);
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** Lower-cased text with every run of whitespace collapsed to one space. */
  public static String squash(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
