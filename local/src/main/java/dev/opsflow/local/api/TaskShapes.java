package dev.opsflow.local.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Requests and responses of the task token operations, and of the opsflow extensions ListPendingTaskTokens and
 * SearchExecutions (served under the {@code OpsflowLocal.} target prefix).
 */
public final class TaskShapes {
  private TaskShapes() {}

  public record SendTaskSuccessRequest(String taskToken, String output) {}

  public record SendTaskFailureRequest(String taskToken, String error, String cause) {}

  public record SendTaskHeartbeatRequest(String taskToken) {}

  /** Extension: tasks awaiting a token answer, oldest first, optionally of one execution. */
  public record ListPendingTaskTokensRequest(String executionArn, Integer maxResults) {}

  /** A task awaiting SendTaskSuccess/SendTaskFailure: {@code input} is the task's effective input as JSON text. */
  public record PendingTaskToken(
      String taskToken, String executionArn, String stateName, String input, Instant waitingSince, BigDecimal secondsWaiting) {}

  public record ListPendingTaskTokensResponse(List<PendingTaskToken> taskTokens) {}

  /** Extension: executions whose business key equals {@code businessKey}, newest first. */
  public record SearchExecutionsRequest(
      String businessKey, String stateMachineArn, String statusFilter, Integer maxResults, String nextToken) {}
}
