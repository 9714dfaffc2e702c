package dev.opsflow.local.conformance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus's placeholder rules (README, "Comparing results"). Where a recording replaced per-run values,
 * {@code <...>} tokens inside an expected string match any text, and an expected string that is entirely a
 * token or a placeholder word ({@code date}, {@code RequestId}, ...) matches any value at all: the recording
 * sometimes replaced a whole array or number by such a word. Words inside longer strings stay literal (the
 * corpus has e.g. "ISO-8601 extended offset date-time"). Our strings are compared both as they are and
 * rewritten as the recorder rewrote AWS's ({@link #rewrite}); either form may match.
 */
public record Placeholders(boolean enabled, Set<String> wholeValueWords) {
  /** The README's placeholder words; a case's own plain-word placeholders are added to them. */
  static final List<String> README_WORDS =
      List.of("date", "timestamp", "RequestId", "x-amzn-RequestId", "X-Amzn-Trace-Id", "snf_role_arn");

  static final String ACCOUNT = "111111111111";
  static final String REGION = "us-east-1";
  private static final Pattern TOKEN = Pattern.compile("<[A-Za-z_][\\w:.\\-]*>");
  private static final Pattern ISO_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern ARN_ACCOUNT = Pattern.compile("(arn:[^:\\s\"]+:[^:\\s\"]+:[^:\\s\"]*:)\\d{12}:");

  public Placeholders {
    wholeValueWords = Set.copyOf(wholeValueWords);
  }

  /** No placeholders: every value compares literally. */
  public static Placeholders exact() {
    return new Placeholders(false, Set.of());
  }

  /** Placeholders of a case whose {@code expected_placeholders} are {@code tokens}. */
  public static Placeholders forTokens(List<String> tokens) {
    Set<String> words = new HashSet<>(README_WORDS);
    tokens.stream()
        .filter(token -> !token.contains("<") && !token.equals(ACCOUNT))
        .forEach(words::add);
    return new Placeholders(true, words);
  }

  /** Whether an expected string stands for any value (a lone token or placeholder word). */
  public boolean isWholeValueWildcard(String expected) {
    return enabled && (wholeValueWords.contains(expected) || TOKEN.matcher(expected).matches());
  }

  /** Whether {@code actual} matches the expected string, tokens acting as wildcards. */
  public boolean stringMatches(String expected, String actual) {
    if (expected.equals(actual)) {
      return true;
    }
    if (!enabled) {
      return false;
    }
    if (isWholeValueWildcard(expected)) {
      return true;
    }
    Pattern pattern = patternOf(expected);
    return pattern.matcher(actual).matches() || pattern.matcher(rewrite(actual)).matches();
  }

  /**
   * Our text rewritten as the recorder rewrote AWS's: ISO-8601 timestamps become {@code date}, the region
   * {@code <region>}, {@code arn:aws:} {@code arn:<partition>:}, and ARN accounts {@code 111111111111}.
   */
  public static String rewrite(String actual) {
    String rewritten = ISO_TIMESTAMP.matcher(actual).replaceAll("date");
    rewritten = ARN_ACCOUNT.matcher(rewritten).replaceAll("$1" + ACCOUNT + ":");
    return rewritten.replace("arn:aws:", "arn:<partition>:").replace(REGION, "<region>");
  }

  private static Pattern patternOf(String expected) {
    StringBuilder regex = new StringBuilder();
    Matcher token = TOKEN.matcher(expected);
    int literalStart = 0;
    while (token.find()) {
      regex.append(Pattern.quote(expected.substring(literalStart, token.start()))).append(".*?");
      literalStart = token.end();
    }
    regex.append(Pattern.quote(expected.substring(literalStart)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
