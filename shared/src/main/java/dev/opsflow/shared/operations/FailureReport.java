package dev.opsflow.shared.operations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An unrecoverable workflow failure as a state machine's Catch hands it to the alert and task steps: the state
 * that failed, the error (an exception class or {@code States.*}) and its cause, and what the execution was about
 * ({@code subject}: {@code contract:ctr_1001}; an intake execution passes {@code request_id} instead).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FailureReport(String failedState, String error, String cause, String subject, String requestId) {
  /** Causes are kept to this many characters (a Java error's cause holds its stack trace). */
  public static final int MAX_CAUSE_CHARS = 4_000;

  public FailureReport {
    error = error == null || error.isBlank() ? "States.Unknown" : error;
    cause = cause == null || cause.length() <= MAX_CAUSE_CHARS ? cause : cause.substring(0, MAX_CAUSE_CHARS) + "...";
  }

  /** {@code subject}, or {@code request:<id>} when only a request id was given. */
  public String subjectOrRequest() {
    if (subject != null && !subject.isBlank()) {
      return subject;
    }
    return requestId == null || requestId.isBlank() ? null : "request:" + requestId;
  }
}
