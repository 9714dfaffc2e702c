package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a name from a position: up to N name-like words separated by spaces only, ending at a full stop. */
final class NameSpan {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\.?");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr");
  private static final Pattern SUFFIX = Pattern.compile("(?:II|III|IV|Jr\\.?|Sr\\.?)");

  private NameSpan() {}

  /** The name starting at {@code start}, or empty when the first word is not name-like. */
  static Optional<ExtractedField> at(String text, int start, boolean caseAware, int maxWords) {
    Matcher words = WORD.matcher(text);
    int cursor = start;
    int nameEnd = -1;
    int count = 0;
    while (count < maxWords && words.find(cursor) && text.substring(cursor, words.start()).matches("[ \\t]*")
        && (count == 0 ? words.start() == start : words.start() > cursor)) {
      String word = words.group();
      String bare = word.replaceAll("[.'’-]", "").toLowerCase(Locale.ROOT);
      boolean initial = word.matches("\\p{Lu}\\.");
      boolean suffix = count > 0 && SUFFIX.matcher(word).matches();
      boolean title = TITLES.contains(bare) && word.length() <= 4;
      if (!initial && !suffix && !title && !NameWords.isNameLike(word, caseAware)) {
        break;
      }
      boolean sentenceEnd = word.endsWith(".") && !initial && !title && !word.startsWith("Jr") && !word.startsWith("Sr");
      nameEnd = sentenceEnd ? words.end() - 1 : words.end();
      cursor = words.end();
      count++;
      if (sentenceEnd) {
        break;
      }
    }
    if (nameEnd < 0) {
      return Optional.empty();
    }
    String value = text.substring(start, nameEnd).strip();
    String bare = value.replace(".", "").toLowerCase(Locale.ROOT);
    if (TITLES.contains(bare) || value.matches("\\p{Lu}\\.")) {
      return Optional.empty();
    }
    return Optional.of(new ExtractedField(value, Evidence.span(text, start, start + value.length())));
  }
}
