package dev.opsflow.shared.executions;

/**
 * A request to start a workflow that can never succeed as it is: not a JSON object, a missing or invalid state
 * machine ARN or execution name, an input that is not a JSON object or is over Step Functions' limit. Retrying
 * does not help; its class name is the Lambda error type operators see on the dead letter, apart from the SDK's
 * retryable ones (throttling, 5xx), so they know to fix the rule or the publisher, then replay.
 */
public final class InvalidWorkflowStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidWorkflowStartException(String message) {
    super(message);
  }

  public InvalidWorkflowStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
