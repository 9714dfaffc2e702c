package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem description, in the customer's words: the first sentence that names an issue keyword, or else
 * the first sentence. Capped at 300 characters at a word boundary so it fits a record summary.
 */
final class DescriptionExtractor {
  private static final int MAX = 300;
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

  private final List<String> keywords;

  DescriptionExtractor(Vocabulary vocabulary) {
    this.keywords = vocabulary.issueKeywords().values().stream().flatMap(List::stream).distinct().toList();
  }

  Optional<ExtractedField> extract(String text) {
    Matcher m = SENTENCE.matcher(text);
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      String sentence = m.group().strip();
      if (sentence.length() < 3) {
        continue;
      }
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      if (!new CueMatcher(sentence).find(keywords).isEmpty()) {
        return Optional.of(span(text, m.start(), m.end()));
      }
    }
    return firstStart < 0 ? Optional.empty() : Optional.of(span(text, firstStart, firstEnd));
  }

  private static ExtractedField span(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end - start > MAX) {
      int cut = text.lastIndexOf(' ', start + MAX);
      end = cut > start ? cut : start + MAX;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new ExtractedField(text.substring(start, end), Evidence.span(text, start, end));
  }
}
