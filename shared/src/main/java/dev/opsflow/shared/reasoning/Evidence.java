package dev.opsflow.shared.reasoning;

import java.util.Locale;

/**
 * Where in the input text a value was found: the half-open character span {@code [start, end)} and the quoted
 * text. A model that quotes text not found verbatim gets {@code start = end = -1} with its quote kept.
 */
public record Evidence(int start, int end, String quote) {

  /** Evidence for {@code text.substring(start, end)}. */
  public static Evidence span(String text, int start, int end) {
    return new Evidence(start, end, text.substring(start, end));
  }

  /** Locates a quote in the text (first occurrence, case-insensitive); unlocated quotes keep span -1. */
  public static Evidence locate(String text, String quote) {
    if (quote == null || quote.isBlank()) {
      return new Evidence(-1, -1, quote == null ? "" : quote);
    }
    int at = text.toLowerCase(Locale.ROOT).indexOf(quote.toLowerCase(Locale.ROOT));
    return at < 0 ? new Evidence(-1, -1, quote) : span(text, at, at + quote.length());
  }

  /** True when the quote was found in the input. */
  public boolean located() {
    return start >= 0;
  }
}
