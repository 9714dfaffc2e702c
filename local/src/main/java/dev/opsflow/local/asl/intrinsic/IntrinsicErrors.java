package dev.opsflow.local.asl.intrinsic;

import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;

/**
 * The failures an intrinsic call can raise, in one place so that their names and wording stay
 * consistent.
 *
 * <p>A call whose arguments have the wrong count, type or value fails with {@code
 * States.IntrinsicFailure} (the ASL specification: "the attempt to invoke an Intrinsic Function
 * failed"), which Retry and Catch can match by name. A call that cannot be parsed, or names no
 * intrinsic, fails with {@code States.Runtime}: AWS normally rejects those when the state machine
 * is created, so at run time they are engine faults.
 */
final class IntrinsicErrors {
  private IntrinsicErrors() {}

  static StatesException syntax(String source, String reason, int position) {
    return StatesException.runtime(
        "The intrinsic function call '"
            + source
            + "' is invalid: "
            + reason
            + " at position "
            + position
            + ".");
  }

  static StatesException unknownFunction(String source, String name) {
    return StatesException.runtime(
        "The intrinsic function call '"
            + source
            + "' is invalid: '"
            + name
            + "' is not an intrinsic function.");
  }

  static StatesException argumentCount(String function, String expected, int actual) {
    return failure(
        "Invalid arguments in "
            + function
            + ": expected "
            + expected
            + " but received "
            + actual
            + ".");
  }

  static StatesException invalidArgument(String function, String reason) {
    return failure("Invalid arguments in " + function + ": " + reason);
  }

  static StatesException failure(String cause) {
    return new StatesException(StatesErrors.INTRINSIC_FAILURE, cause);
  }
}
