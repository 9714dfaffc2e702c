package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.model.TaskState;
import dev.opsflow.local.asl.path.Paths;
import dev.opsflow.local.engine.task.TaskCall;
import dev.opsflow.local.engine.task.TaskInvoker;
import dev.opsflow.local.engine.task.TaskOutcome;
import dev.opsflow.local.engine.task.TaskResource;
import dev.opsflow.shared.json.Json;
import java.time.Instant;

/**
 * Task states: scheduling (parameters, timeouts, history), the invocation itself (a separate work item, so a
 * durable engine makes it outside any transaction: at-least-once), task tokens, timeouts and heartbeats.
 */
final class TaskSteps {
  private final Interpreter interpreter;
  private final TaskInvoker invoker;
  private final String region;

  TaskSteps(Interpreter interpreter, TaskInvoker invoker, String region) {
    this.interpreter = interpreter;
    this.invoker = invoker;
    this.region = region;
  }

  void schedule(Step step, Frame frame, TaskState state) {
    TaskResource resource = TaskResource.parse(state.resource());
    frame.taskToken =
        resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN
            ? TaskTokens.create(step.execution().executionArn, frame.id, frame.seq)
            : null;
    StateData data = interpreter.data(step, frame, state);
    JsonNode parameters = data.parameters(data.effectiveInput());
    Long timeout = seconds(data, "TimeoutSeconds", state.timeoutSeconds(), "TimeoutSecondsPath", state.timeoutSecondsPath());
    Long heartbeat = seconds(data, "HeartbeatSeconds", state.heartbeatSeconds(), "HeartbeatSecondsPath", state.heartbeatSecondsPath());
    frame.taskInput = parameters;
    frame.timeoutSeconds = timeout;
    frame.phase = Frame.Phase.INVOKING;
    if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
      ObjectNode details = Events.withInput(parameters);
      details.put("resource", resource.arn());
      if (timeout != null) {
        details.put("timeoutInSeconds", timeout);
      }
      step.event(frame, "LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails", details);
    } else {
      ObjectNode details = resourceDetails(resource);
      details.put("region", region);
      details.put("parameters", Json.write(parameters));
      if (timeout != null) {
        details.put("timeoutInSeconds", timeout);
      }
      if (heartbeat != null) {
        details.put("heartbeatInSeconds", heartbeat);
      }
      step.event(frame, "TaskScheduled", "taskScheduledEventDetails", details);
    }
    step.schedule(frame, WorkKind.INVOKE, step.now(), null);
    if (resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN) {
      Instant now = step.now();
      frame.lastHeartbeat = now;
      frame.heartbeatSeconds = heartbeat;
      if (timeout != null) {
        step.schedule(frame, WorkKind.TASK_TIMEOUT, now.plusSeconds(timeout), Json.MAPPER.createObjectNode().put("heartbeat", false));
      }
      if (heartbeat != null) {
        step.schedule(
            frame,
            WorkKind.TASK_TIMEOUT,
            now.plusSeconds(heartbeat),
            Json.MAPPER.createObjectNode().put("heartbeat", true).put("seconds", heartbeat));
      }
    }
  }

  void invoke(Step step, Frame frame, TaskState state) {
    if (frame.phase != Frame.Phase.INVOKING) {
      return;
    }
    TaskResource resource = TaskResource.parse(state.resource());
    boolean lambda = resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION;
    long startedEventId =
        lambda
            ? step.event(frame, "LambdaFunctionStarted", null, null)
            : step.event(frame, "TaskStarted", "taskStartedEventDetails", resourceDetails(resource));
    ExecutionState ex = step.execution();
    String key = ex.executionArn + "/" + state.name() + "/" + frame.enteredEventId + "/" + frame.retryCount;
    TaskCall call =
        new TaskCall(resource, frame.taskInput, ex.executionArn, state.name(), key, region, RequestIds.of(ex), startedEventId);
    boolean bounded = frame.timeoutSeconds != null && resource.pattern() != TaskResource.Pattern.WAIT_FOR_TASK_TOKEN;
    TaskOutcome outcome = bounded ? TimedInvocation.run(invoker, call, frame.timeoutSeconds) : invoker.invoke(call);
    step.catchUp();
    if (outcome == null) {
      timedOut(step, frame, state, resource, StatesErrors.TIMEOUT);
      return;
    }
    switch (outcome) {
      case TaskOutcome.Succeeded(JsonNode output) -> {
        if (resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN) {
          ObjectNode details = resourceDetails(resource);
          details.setAll(Events.withOutput(output));
          step.event(frame, "TaskSubmitted", "taskSubmittedEventDetails", details);
          frame.phase = Frame.Phase.AWAITING_TOKEN;
          step.token(new Step.TokenChange(frame.taskToken, state.name(), frame.taskInput, true));
        } else {
          succeeded(step, frame, state, resource, output);
        }
      }
      case TaskOutcome.Failed(String error, String cause) -> failed(step, frame, state, resource, error, cause);
    }
  }

  /** SendTaskSuccess / SendTaskFailure reached the task: {@code {"output": ...}} or {@code {"error","cause"}}. */
  void answer(Step step, Frame frame, TaskState state, JsonNode answer) {
    if (frame.phase != Frame.Phase.AWAITING_TOKEN && frame.phase != Frame.Phase.INVOKING) {
      return;
    }
    if (answer.path("heartbeat").asBoolean()) {
      frame.lastHeartbeat = step.now();
      if (frame.heartbeatSeconds != null) {
        step.schedule(
            frame,
            WorkKind.TASK_TIMEOUT,
            step.now().plusSeconds(frame.heartbeatSeconds),
            Json.MAPPER.createObjectNode().put("heartbeat", true).put("seconds", frame.heartbeatSeconds));
      }
      return;
    }
    closeToken(step, frame, state);
    TaskResource resource = TaskResource.parse(state.resource());
    if (answer.has("output")) {
      succeeded(step, frame, state, resource, answer.get("output"));
    } else {
      failed(step, frame, state, resource, text(answer, "error"), text(answer, "cause"));
    }
  }

  void timeOut(Step step, Frame frame, TaskState state, JsonNode timer) {
    if (frame.phase != Frame.Phase.AWAITING_TOKEN && frame.phase != Frame.Phase.INVOKING) {
      return;
    }
    boolean heartbeat = timer.path("heartbeat").asBoolean();
    if (heartbeat && frame.lastHeartbeat.plusSeconds(timer.path("seconds").asLong()).isAfter(step.now())) {
      return;
    }
    closeToken(step, frame, state);
    timedOut(step, frame, state, TaskResource.parse(state.resource()), heartbeat ? StatesErrors.HEARTBEAT_TIMEOUT : StatesErrors.TIMEOUT);
  }

  private void timedOut(Step step, Frame frame, TaskState state, TaskResource resource, String error) {
    if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
      step.event(frame, "LambdaFunctionTimedOut", "lambdaFunctionTimedOutEventDetails", Events.error(error, null));
    } else {
      ObjectNode details = resourceDetails(resource);
      details.put("error", error);
      step.event(frame, "TaskTimedOut", "taskTimedOutEventDetails", details);
    }
    frame.taskToken = null;
    interpreter.handleError(step, frame, state, error, null);
  }

  private void succeeded(Step step, Frame frame, TaskState state, TaskResource resource, JsonNode output) {
    if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
      step.event(frame, "LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails", Events.withOutput(output));
    } else {
      ObjectNode details = resourceDetails(resource);
      details.setAll(Events.withOutput(output));
      step.event(frame, "TaskSucceeded", "taskSucceededEventDetails", details);
    }
    frame.taskToken = null;
    try {
      interpreter.finishWithResult(step, frame, state, output);
    } catch (StatesException e) {
      interpreter.evaluationFailed(step, frame, state, e);
    }
  }

  private void failed(Step step, Frame frame, TaskState state, TaskResource resource, String error, String cause) {
    if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
      step.event(frame, "LambdaFunctionFailed", "lambdaFunctionFailedEventDetails", Events.error(error, cause));
    } else {
      ObjectNode details = Events.error(error, cause);
      details.setAll(resourceDetails(resource));
      step.event(frame, "TaskFailed", "taskFailedEventDetails", details);
    }
    frame.taskToken = null;
    interpreter.handleError(step, frame, state, error, cause);
  }

  private void closeToken(Step step, Frame frame, TaskState state) {
    if (frame.taskToken != null) {
      step.token(new Step.TokenChange(frame.taskToken, state.name(), frame.taskInput, false));
    }
  }

  private static ObjectNode resourceDetails(TaskResource resource) {
    ObjectNode details = Events.details();
    details.put("resource", resource.eventResource());
    details.put("resourceType", resource.service());
    return details;
  }

  private static Long seconds(StateData data, String field, JsonNode value, String pathField, JsonNode path) {
    JsonNode seconds;
    if (path != null) {
      seconds = Paths.select(pathField, path.asText(), data.pathContext(data.effectiveInput()));
    } else if (value != null && data.jsonata() && value.isTextual()) {
      seconds = data.evaluate(field, value, null, null);
    } else {
      seconds = value;
    }
    if (seconds == null) {
      return null;
    }
    if (!seconds.isIntegralNumber() || seconds.asLong() <= 0) {
      throw StatesException.runtime("The " + (path != null ? pathField : field) + " field must be a positive integer. Found: " + seconds);
    }
    return seconds.asLong();
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
