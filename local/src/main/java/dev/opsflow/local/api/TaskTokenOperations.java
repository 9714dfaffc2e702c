package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.api.TaskShapes.ListPendingTaskTokensRequest;
import dev.opsflow.local.api.TaskShapes.ListPendingTaskTokensResponse;
import dev.opsflow.local.api.TaskShapes.PendingTaskToken;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.OpenToken;
import dev.opsflow.local.engine.TaskTokenException;
import dev.opsflow.shared.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat, and the ListPendingTaskTokens extension. The engine
 * checks a token before it queues the answer, so a caller learns at once that it is malformed (InvalidToken),
 * unknown (TaskDoesNotExist) or that its task is gone (TaskTimedOut), as AWS tells it.
 */
final class TaskTokenOperations {
  private static final int MAX_ERROR_LENGTH = 256;
  private static final int MAX_CAUSE_LENGTH = 32768;

  private final LocalEngine engine;

  TaskTokenOperations(LocalEngine engine) {
    this.engine = engine;
  }

  void success(String taskToken, String output) {
    ApiChecks.required(taskToken, "taskToken");
    JsonNode parsed;
    try {
      parsed = Json.parse(ApiChecks.required(output, "output"));
    } catch (IllegalArgumentException e) {
      throw ApiErrors.invalidOutput(e.getMessage());
    }
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.set("output", parsed);
    answer(taskToken, answer);
  }

  void failure(String taskToken, String error, String cause) {
    ApiChecks.required(taskToken, "taskToken");
    if (error != null && error.length() > MAX_ERROR_LENGTH) {
      throw ApiErrors.memberConstraint("error", error, "Member must have length less than or equal to " + MAX_ERROR_LENGTH);
    }
    if (cause != null && cause.length() > MAX_CAUSE_LENGTH) {
      throw ApiErrors.memberConstraint("cause", cause, "Member must have length less than or equal to " + MAX_CAUSE_LENGTH);
    }
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("error", error);
    answer.put("cause", cause);
    answer(taskToken, answer);
  }

  /** Postpones the task's HeartbeatSeconds timeout. */
  void heartbeat(String taskToken) {
    answer(ApiChecks.required(taskToken, "taskToken"), Json.MAPPER.createObjectNode().put("heartbeat", true));
  }

  /** Queues the answer; the engine refuses a token that is malformed, unknown, or whose task no longer waits. */
  private void answer(String taskToken, ObjectNode answer) {
    try {
      engine.answerToken(taskToken, answer);
    } catch (TaskTokenException e) {
      throw switch (e.reason()) {
        case INVALID_TOKEN -> ApiErrors.invalidToken();
        case TASK_DOES_NOT_EXIST -> ApiErrors.taskDoesNotExist();
        case TASK_TIMED_OUT -> ApiErrors.taskTimedOut();
      };
    }
  }

  ListPendingTaskTokensResponse pending(ListPendingTaskTokensRequest request) {
    int limit = ApiChecks.maxResults(request.maxResults());
    String executionArn = request.executionArn();
    Instant now = engine.clock().now();
    List<OpenToken> open = engine.executions().openTokens(executionArn == null ? limit : Integer.MAX_VALUE);
    List<PendingTaskToken> tokens =
        open.stream()
            .filter(t -> executionArn == null || executionArn.equals(t.executionArn()))
            .limit(limit)
            .map(t -> new PendingTaskToken(
                t.token(), t.executionArn(), t.stateName(), ExecutionViews.text(t.taskInput()), t.since(), seconds(t.since(), now)))
            .toList();
    return new ListPendingTaskTokensResponse(tokens);
  }

  private static BigDecimal seconds(Instant since, Instant now) {
    return BigDecimal.valueOf(Math.max(0, Duration.between(since, now).toMillis()), 3);
  }
}
