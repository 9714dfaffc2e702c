package dev.opsflow.local.asl.choice;

import java.util.Arrays;

/**
 * The {@code StringMatches} pattern language: {@code *} matches any run of characters (none
 * included), {@code \*} a literal star and {@code \\} a literal backslash; everything else matches
 * itself. The whole string must match. Matching is the linear-time greedy scan with backtracking to
 * the last star, so patterns with many stars cannot blow up.
 */
final class WildcardPattern {
  private static final int STAR = -1;

  private WildcardPattern() {}

  static boolean matches(String pattern, String text) {
    int[] tokens = tokens(pattern);
    int p = 0;
    int t = 0;
    int lastStar = -1;
    int resumeAt = 0;
    while (t < text.length()) {
      if (p < tokens.length && tokens[p] == STAR) {
        lastStar = p++;
        resumeAt = t;
      } else if (p < tokens.length && tokens[p] == text.charAt(t)) {
        p++;
        t++;
      } else if (lastStar >= 0) {
        p = lastStar + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p < tokens.length && tokens[p] == STAR) {
      p++;
    }
    return p == tokens.length;
  }

  private static int[] tokens(String pattern) {
    int[] tokens = new int[pattern.length()];
    int count = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        tokens[count++] = pattern.charAt(++i);
      } else {
        tokens[count++] = c == '*' ? STAR : c;
      }
    }
    return Arrays.copyOf(tokens, count);
  }
}
