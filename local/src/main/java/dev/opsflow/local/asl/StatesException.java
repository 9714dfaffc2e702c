package dev.opsflow.local.asl;

/**
 * A failure inside a state, named the way Step Functions names it: {@code error} is what Retry and Catch match
 * ({@code States.Runtime}, {@code States.QueryEvaluationError}, a Lambda's exception class ...) and {@code cause}
 * is the human-readable text AWS puts beside it.
 */
public class StatesException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String error;
  private final String causeText;

  public StatesException(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.error = error;
    this.causeText = cause;
  }

  public String error() {
    return error;
  }

  /** The cause as AWS reports it (may be null, as for a Fail state without Cause). */
  public String cause() {
    return causeText;
  }

  public static StatesException runtime(String cause) {
    return new StatesException(StatesErrors.RUNTIME, cause);
  }

  public static StatesException queryEvaluation(String cause) {
    return new StatesException(StatesErrors.QUERY_EVALUATION_ERROR, cause);
  }
}
