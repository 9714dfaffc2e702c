package dev.opsflow.local.conformance;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns anything the engine threw into a failed outcome: the exception's text (with where it was thrown) as
 * the reason, and the first frames of its stack as the verbose detail.
 */
final class EngineFailure {
  private static final int VERBOSE_FRAMES = 25;

  private EngineFailure() {}

  static CaseOutcome.Failed outcome(Throwable thrown) {
    StackTraceElement[] frames = thrown.getStackTrace();
    String where = frames.length == 0 ? "" : " at " + frames[0];
    String trace = Arrays.stream(frames)
        .limit(VERBOSE_FRAMES)
        .map(frame -> "  at " + frame)
        .collect(Collectors.joining("\n", thrown + "\n", ""));
    return new CaseOutcome.Failed(
        "engine threw " + Mismatch.truncate(String.valueOf(thrown)) + where, "", trace);
  }
}
