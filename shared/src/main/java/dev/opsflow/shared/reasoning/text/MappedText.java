package dev.opsflow.shared.reasoning.text;

/**
 * A rewritten text that remembers, for every character, the span of the original it came from, so a match
 * in the rewritten text can be reported as evidence in the original.
 */
public record MappedText(String original, String text, int[] originStart, int[] originEnd) {

  /** The original span {@code [start, end)} behind the rewritten span {@code [start, end)}. */
  public int[] originalSpan(int start, int end) {
    return new int[] {originStart[start], originEnd[end - 1]};
  }
}
