package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Requests and responses of the EventBridge API operations the bus serves, with AWS's members. Absent members are null. */
final class EventsShapes {
  private EventsShapes() {}

  record PutEventsRequest(List<PutEventsRequestEntry> entries, String endpointId) {}

  /** {@code Time} is epoch seconds, as the SDKs send timestamps in JSON 1.1. */
  record PutEventsRequestEntry(
      BigDecimal time, String source, List<String> resources, String detailType, String detail, String eventBusName, String traceHeader) {
    PutEventsEntry toEntry() {
      Instant instant = time == null ? null : Instant.ofEpochMilli(time.movePointRight(3).longValue());
      return new PutEventsEntry(instant, source, resources, detailType, detail, eventBusName, traceHeader);
    }
  }

  record PutEventsResultEntry(String eventId, String errorCode, String errorMessage) {}

  record PutEventsResponse(int failedEntryCount, List<PutEventsResultEntry> entries) {}

  record PutRuleRequest(
      String name, String scheduleExpression, String eventPattern, String state, String description, String roleArn, String eventBusName) {}

  record PutRuleResponse(String ruleArn) {}

  record RuleNameRequest(String name, String eventBusName, Boolean force) {}

  record RuleView(
      String name, String arn, String eventPattern, String scheduleExpression, String state, String description, String eventBusName,
      String createdBy) {}

  record ListRulesRequest(String namePrefix, String eventBusName, String nextToken, Integer limit) {}

  record ListRulesResponse(List<RuleView> rules, String nextToken) {}

  record InputTransformerShape(Map<String, String> inputPathsMap, String inputTemplate) {}

  record RetryPolicyShape(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds) {}

  record TargetShape(
      String id, String arn, String roleArn, String input, String inputPath, InputTransformerShape inputTransformer,
      RetryPolicyShape retryPolicy) {}

  record PutTargetsRequest(String rule, String eventBusName, List<TargetShape> targets) {}

  record RemoveTargetsRequest(String rule, String eventBusName, List<String> ids, Boolean force) {}

  record FailedTarget(String targetId, String errorCode, String errorMessage) {}

  record TargetsResponse(int failedEntryCount, List<FailedTarget> failedEntries) {}

  record ListTargetsByRuleRequest(String rule, String eventBusName, String nextToken, Integer limit) {}

  record ListTargetsByRuleResponse(List<TargetShape> targets, String nextToken) {}

  record TestEventPatternRequest(String eventPattern, String event) {}

  record TestEventPatternResponse(boolean result) {}

  /** Extension {@code OpsflowLocal.ListDeadLetters}. */
  record ListDeadLettersRequest(Boolean includeReplayed, Integer limit) {}

  record DeadLetterView(
      long id, String eventId, String eventBus, JsonNode event, String reason, String errorCode, String errorMessage, String ruleName,
      String targetId, String targetArn, int attempts, BigDecimal deadAt, BigDecimal replayedAt, String replayNote) {}

  record ListDeadLettersResponse(List<DeadLetterView> deadLetters) {}

  /** Extension {@code OpsflowLocal.ReplayDeadLetter}. */
  record ReplayDeadLetterRequest(Long id) {}

  record ReplayDeadLetterResponse(long id, boolean replayed, List<Long> deliveryIds, String note) {}
}
