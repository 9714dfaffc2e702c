package dev.opsflow.local.engine;

/**
 * A filter over executions: by state machine (null for all), status (null for any) and business key (null for
 * any), one page of at most {@code maxResults} after the opaque {@code nextToken} of a previous page.
 */
public record ExecutionQuery(String stateMachineArn, ExecutionStatus status, String businessKey, int maxResults, String nextToken) {
  public ExecutionQuery {
    if (maxResults <= 0 || maxResults > 1000) {
      maxResults = 100;
    }
  }
}
