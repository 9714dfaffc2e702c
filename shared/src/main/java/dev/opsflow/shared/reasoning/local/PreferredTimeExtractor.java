package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds when the customer wants the visit (or the callback), as the shortest phrase in their words that
 * carries it: "tomorrow morning", "Saturday after 2pm", "any day next week except Wednesday", "asap".
 *
 * <p>A form field ("Preferred time: ...", "When would you like us to come?: ...") wins when filled. Otherwise
 * every time phrase ({@link TimePhrases}) is scored by its context: a request or availability before it
 * ("can someone come", "I'm home", "available") or an approval after it ("works", "is best", "if possible",
 * "?") counts for it; a phrase that on its own is a preference ("anytime", "asap", "first thing") or that is a
 * whole sentence counts for it; a past or reported context ("since", "last", "stopped", "supposed to be",
 * "saying") counts against it. The best phrase with a positive score wins, the earliest on a tie. Header and
 * quoted lines of an email are not read, and "No rush" or "I'm flexible" are not preferences.
 */
public final class PreferredTimeExtractor {
  /** A character of the same sentence: a "." inside "614.555.0367" does not end one. */
  private static final String CLAUSE = "(?:[^.!?\\n]|[.!?](?=\\S))";
  /** Past context reaches back within its clause only: "it died yesterday, please call back today". */
  private static final String CLAUSE_NO_COMMA = "(?:[^.!?,\\n]|[.!?,](?=\\S))";
  private static final Pattern FORM_FIELD =
      Pattern.compile("(?im)^[ \\t]*(?:preferred (?:date/)?time|preferred (?:contact |visit )?time|preferred date"
          + "|best time(?: to (?:call|visit|come))?|availability|when would you like us to come\\??)[ \\t]*:[ \\t]*(?<value>\\S[^\\n]*)$");
  private static final Pattern SKIPPED_LINE =
      Pattern.compile("(?im)^[ \\t]*(?:>.*|(?:date|sent|from|to|cc)[ \\t]*:.*|on .*wrote:?.*)$");
  private static final Pattern BEFORE_FOR =
      Pattern.compile("(?i)\\b(?:come|come out|come by|stop by|swing by|get here|someone|somebody|anyone|send|available"
          + "|availability|free|home|schedule|visit|appointment|call|reach|text me|off|can you|could you|maybe|i can|we can"
          + "|puedo|need|look at|looked at|check|out|help|book|open|i'd like|we'd like|would like|want)\\b" + CLAUSE + "{0,40}$");
  private static final Pattern BEFORE_STRONG = Pattern.compile("(?i)\\b(?:prefer|preferably|ideally)\\b" + CLAUSE + "{0,30}$");
  private static final Pattern AFTER_FOR =
      Pattern.compile("(?i)^[ \\t]*(?:works?|is fine|is good|is ok|would be|would work|if possible|if at all possible|please|pls|plz"
          + "|if that helps|ok|okay|\\?|is better|are better)");
  private static final Pattern AFTER_STRONG =
      Pattern.compile("(?i)^[ \\t]*(?:preferred|works? best|is best|are best|best|would be (?:ideal|great|best|perfect))");
  private static final Pattern BEFORE_AGAINST =
      Pattern.compile("(?i)(?:\\b(?:since|last|ago|started|starting|began|noticed|happened|yesterday|was|were|went|broke"
          + "|broken|stopped|died|quit|tripped|woke|earlier|supposed to|saying|forecast|by the time|i'm out|we're out"
          + "|out of town)\\b" + CLAUSE_NO_COMMA + "{0,30}|\\b(?:from|for|all|every|good|overnight)[ \\t]+)$");
  /** A sentence ends at a newline or at . ! ? followed by a space ("614.555.0367" is no sentence end). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n");
  /** "come by Thursday": the "by" belongs to the verb, not to the time. */
  private static final Pattern VISIT_VERB_BY = Pattern.compile("(?i)\\b(?:come|stop|swing|drop|pop)[ \\t]+$");
  private static final Pattern AFTER_AGAINST =
      Pattern.compile("(?i)^[^.!?\\n]{0,40}\\b(?:lost|stopped|started|went|quit|died|broke|happened|was|were|tripped|ago)\\b");

  /** The customer's preferred time, if stated. */
  public Optional<ExtractedField> extract(String text) {
    Matcher form = FORM_FIELD.matcher(text);
    if (form.find()) {
      int start = form.start("value");
      int end = form.end("value");
      while (end > start && "!.,;: \t".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > start) {
        return Optional.of(new ExtractedField(text.substring(start, end), Evidence.span(text, start, end)));
      }
    }
    return candidates(text)
        .filter(c -> c.score() > 0)
        .min(Comparator.comparingInt((Candidate c) -> -c.score()).thenComparingInt(Candidate::start))
        .map(c -> new ExtractedField(text.substring(c.start(), c.end()), Evidence.span(text, c.start(), c.end())));
  }

  /** A phrase and its context score. */
  private record Candidate(int start, int end, int score) {}

  private static Stream<Candidate> candidates(String text) {
    String readable = blankSkippedLines(text);
    Stream.Builder<Candidate> out = Stream.builder();
    Matcher m = TimePhrases.PHRASE.matcher(readable);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && readable.charAt(end - 1) == '.' && !readable.substring(m.start(), end).matches("(?is).*[ap]\\.m\\.")) {
        end--;
      }
      int start = m.start();
      if (readable.regionMatches(true, start, "by ", 0, 3) && VISIT_VERB_BY.matcher(readable.substring(0, start)).find()) {
        start += 3;
      }
      out.add(new Candidate(start, end, score(readable, start, end)));
    }
    return out.build();
  }

  private static int score(String text, int start, int end) {
    String before = clauseBefore(text, start);
    String after = text.substring(end, Math.min(text.length(), end + 40));
    String phrase = text.substring(start, end);
    int score = 0;
    score += BEFORE_FOR.matcher(before).find() ? 1 : 0;
    score += BEFORE_STRONG.matcher(before).find() ? 3 : 0;
    score += AFTER_FOR.matcher(after).find() ? 1 : 0;
    score += AFTER_STRONG.matcher(after).find() ? 3 : 0;
    score += TimePhrases.SELF_EVIDENT.matcher(phrase).find() ? 1 : 0;
    score += wholeSentence(text, start, end) ? 1 : 0;
    score -= BEFORE_AGAINST.matcher(before).find() ? 2 : 0;
    score -= AFTER_AGAINST.matcher(after.split("[.!?\\n]", 2)[0]).find() ? 2 : 0;
    return score;
  }

  /** The text before a position, back to the start of its sentence (at most 80 characters). */
  private static String clauseBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 80), start);
    Matcher ends = SENTENCE_END.matcher(before);
    int cut = 0;
    while (ends.find()) {
      cut = ends.end();
    }
    return before.substring(cut);
  }

  private static boolean wholeSentence(String text, int start, int end) {
    String before = clauseBefore(text, start).strip();
    String after = text.substring(end).split("[.!?\\n]", 2)[0].strip();
    return before.isEmpty() && after.matches("(?i)|please|pls|plz|thanks");
  }

  /** The text with header and quoted lines blanked out (same length, so offsets stay valid). */
  private static String blankSkippedLines(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher skipped = SKIPPED_LINE.matcher(text);
    while (skipped.find()) {
      for (int i = skipped.start(); i < skipped.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
