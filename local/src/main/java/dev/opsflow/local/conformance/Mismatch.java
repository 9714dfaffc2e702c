package dev.opsflow.local.conformance;

/**
 * The first place where our result differs from AWS's: a JSON path ({@code output.items[2].name}) and both
 * values as short JSON texts ({@code (missing)} where one side has no value).
 */
public record Mismatch(String path, String expected, String actual) {
  static final int MAX_VALUE_LENGTH = 120;
  static final int CONTEXT_BEFORE_DIFFERENCE = 30;
  static final String MISSING = "(missing)";

  /**
   * One line: {@code path: expected X but was Y}. Long values are truncated; when both share a long prefix,
   * it is elided so that the part where they differ shows.
   */
  public String describe() {
    int common = commonPrefixLength(expected, actual);
    int start = common > CONTEXT_BEFORE_DIFFERENCE + 10 ? common - CONTEXT_BEFORE_DIFFERENCE : 0;
    return "%s: expected %s but was %s".formatted(path, excerpt(expected, start), excerpt(actual, start));
  }

  static String truncate(String text) {
    return excerpt(text, 0);
  }

  private static String excerpt(String text, int start) {
    String tail = (start > 0 ? "..." : "") + text.substring(start).replace("\n", "\\n");
    return tail.length() <= MAX_VALUE_LENGTH ? tail : tail.substring(0, MAX_VALUE_LENGTH) + "...";
  }

  private static int commonPrefixLength(String a, String b) {
    int length = Math.min(a.length(), b.length());
    int i = 0;
    while (i < length && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
