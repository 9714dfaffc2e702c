package dev.opsflow.shared.timeline;

import java.time.Duration;
import java.time.Instant;

/**
 * One state an execution went through, as a bar of a timeline: when it was entered and left, how long it took,
 * how it ended, how many times its task was attempted and the error it ended with (FAILED or CAUGHT).
 * {@code exited} and {@code duration} are null while the state is still running (a review task waiting for
 * staff, say); a state cut short because its Parallel ended is CANCELLED at that moment.
 */
public record TimelineStep(
    String name, String type, Instant entered, Instant exited, Duration duration, Status status, int attempts, String error) {

  /** How a state ended. */
  public enum Status {
    /** Left normally. */
    SUCCEEDED,
    /** Its error was handled by a Catch, which moved the execution on. */
    CAUGHT,
    /** Its error ended the execution (or the branch it ran in). */
    FAILED,
    /** Stopped from outside: a sibling branch failed, or the execution was stopped. */
    CANCELLED,
    /** Not left yet. */
    RUNNING
  }
}
