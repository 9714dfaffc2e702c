package dev.opsflow.shared.workflow;

/**
 * The error name with which the intake workflow's review branch ends once staff have answered a review task
 * ({@code statemachines/service-intake.asl.json}, state {@code StaffActed}).
 *
 * <p>Nothing throws it: it is an ASL Fail state's {@code Error}. A Parallel state stops its other branches when
 * one fails, and that is the only way ASL lets one branch cancel another, so failing with this name stops the
 * escalation timer the moment someone acts; the Parallel's Catch names it and carries the staff answer (the
 * Cause) on. The class exists so the name is a checked, public API like the exceptions Retry and Catch name.
 */
public final class StaffActed extends RuntimeException {
  /** The name as it appears in {@code ErrorEquals}. */
  public static final String ERROR = StaffActed.class.getName();

  private static final long serialVersionUID = 1L;

  private StaffActed() {
    super(ERROR);
  }
}
