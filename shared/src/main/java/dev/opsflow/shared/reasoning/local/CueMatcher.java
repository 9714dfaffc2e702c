package dev.opsflow.shared.reasoning.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches lower-case cue phrases on word boundaries, case-insensitively (curly apostrophes count as straight
 * ones, "won't" also matches "wont"). The last word of a cue also matches its plural and possessive, and the words of a
 * several-word cue keep their order but may have one other word between them ("smell of gas" matches "smell
 * gas", "pipe that burst" matches "pipe burst"). A match is negated when "no", "not", "without",
 * "n't" or "never" stands within the three words before it in the same clause ("there's no gas smell", "it
 * isn't leaking", "no sparks or smoke"), and so is a hypothetical one ("before it bursts", "in case it
 * sparks"); negation stops at a sentence end, a comma, "and" or "but".
 */
final class CueMatcher {
  private static final Pattern NEGATION =
      Pattern.compile("(?i)\\b(?:no|not|without|never|nothing|none|dont|doesnt|didnt|isnt|wasnt|arent|havent|hasnt|cant|wont"
          + "|before|if|in case|might|worried|afraid)\\b|n't\\b");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;,\\n]|\\b(?:but|and|although|though)\\b");

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final String text;

  CueMatcher(String text) {
    this.text = text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** One cue occurrence. */
  record Match(String cue, int start, int end, boolean negated) {
    int words() {
      return cue.split("\\s+").length;
    }

    int length() {
      return end - start;
    }

    boolean contains(Match other) {
      return start <= other.start && end >= other.end && length() > other.length();
    }
  }

  /** Every occurrence of every cue, in text order. */
  List<Match> find(List<String> cues) {
    List<Match> matches = new ArrayList<>();
    for (String cue : cues) {
      Matcher m = pattern(cue).matcher(text);
      while (m.find()) {
        matches.add(new Match(cue, m.start(), m.end(), negated(m.start())));
      }
    }
    matches.sort(Comparator.comparingInt(Match::start));
    return matches;
  }

  /** True when a non-negated occurrence of the cue exists. */
  boolean affirms(String cue) {
    return find(List.of(cue)).stream().anyMatch(m -> !m.negated());
  }

  private static Pattern pattern(String cue) {
    return PATTERNS.computeIfAbsent(cue, CueMatcher::compile);
  }

  private static Pattern compile(String cue) {
    String[] words = cue.toLowerCase(Locale.ROOT).strip().split("\\s+");
    StringBuilder regex = new StringBuilder(Character.isLetterOrDigit(words[0].charAt(0)) ? "(?<![\\w'])" : "");
    for (int i = 0; i < words.length; i++) {
      String gap = i == 0 ? ""
          : Character.isLetterOrDigit(words[i - 1].charAt(words[i - 1].length() - 1)) ? "[\\s-]+(?:[\\w']+\\s+)?" : "\\s*";
      if (i > 0 && words[i].equals("is")) {
        // "heat is out" also reads "heat's out".
        regex.append("(?:'s|").append(gap).append("is)");
      } else {
        regex.append(gap).append(word(words[i]));
      }
    }
    if (Character.isLetter(words[words.length - 1].charAt(words[words.length - 1].length() - 1))) {
      regex.append("(?:s|es|'s)?");
    }
    return Pattern.compile(regex.append("(?![\\w'])").toString());
  }

  /** A word, with its apostrophe optional ("won't" matches "wont"). */
  private static String word(String w) {
    return Arrays.stream(w.split("'", -1)).map(Pattern::quote).reduce((a, b) -> a + "'?" + b).orElse("");
  }

  private boolean negated(int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    Matcher breaks = CLAUSE_BREAK.matcher(before);
    int clauseStart = 0;
    while (breaks.find()) {
      clauseStart = breaks.end();
    }
    String[] words = before.substring(clauseStart).strip().split("\\s+");
    String window = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 3), words.length));
    return NEGATION.matcher(window).find();
  }
}
