package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Requests and responses of the execution operations, with AWS's member names. Absent members are null. */
public final class ExecutionShapes {
  private ExecutionShapes() {}

  public record StartExecutionRequest(String stateMachineArn, String name, String input, String traceHeader) {}

  public record StartExecutionResponse(String executionArn, Instant startDate) {}

  /** AWS's {@code inputDetails} / {@code outputDetails}: whether the payload is included in the response. */
  public record DataDetails(boolean included) {}

  public record BillingDetails(long billedMemoryUsedInMB, long billedDurationInMilliseconds) {}

  public record StartSyncExecutionResponse(
      String executionArn,
      String stateMachineArn,
      String name,
      Instant startDate,
      Instant stopDate,
      String status,
      String error,
      String cause,
      String input,
      DataDetails inputDetails,
      String output,
      DataDetails outputDetails,
      String traceHeader,
      BillingDetails billingDetails) {}

  /** DescribeExecution takes only the ARN. */
  public record ExecutionArnRequest(String executionArn) {}

  public record DescribeExecutionResponse(
      String executionArn,
      String stateMachineArn,
      String name,
      String status,
      Instant startDate,
      Instant stopDate,
      String input,
      DataDetails inputDetails,
      String output,
      DataDetails outputDetails,
      String error,
      String cause,
      Integer redriveCount,
      Instant redriveDate,
      String redriveStatus,
      String redriveStatusReason,
      String businessKey) {}

  public record ListExecutionsRequest(String stateMachineArn, String statusFilter, Integer maxResults, String nextToken) {}

  /** One execution in a list; {@code businessKey} is set only by the SearchExecutions extension. */
  public record ExecutionListItem(
      String executionArn,
      String stateMachineArn,
      String name,
      String status,
      Instant startDate,
      Instant stopDate,
      Integer redriveCount,
      Instant redriveDate,
      String businessKey) {}

  public record ListExecutionsResponse(List<ExecutionListItem> executions, String nextToken) {}

  public record GetExecutionHistoryRequest(
      String executionArn, Integer maxResults, Boolean reverseOrder, String nextToken, Boolean includeExecutionData) {}

  public record GetExecutionHistoryResponse(List<ObjectNode> events, String nextToken) {}

  public record StopExecutionRequest(String executionArn, String error, String cause) {}

  public record StopExecutionResponse(Instant stopDate) {}

  public record RedriveExecutionRequest(String executionArn, String clientToken) {}

  public record RedriveExecutionResponse(Instant redriveDate) {}
}
