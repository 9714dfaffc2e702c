package dev.opsflow.fn.openoperatortask;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.operations.FailureReport;
import dev.opsflow.shared.operations.OperatorTask;
import dev.opsflow.shared.operations.OperatorTasks;
import dev.opsflow.shared.operations.WorkflowNames;
import java.time.Clock;
import java.util.Map;

/**
 * Opens the operator task that follows an alert: the dashboard's operations page lists it with what failed and
 * how to go on. When the workflow waits on it (its task token is given), the operator fixes the cause and answers
 * the token: {@code {"decision": "retry"}} resumes the execution at the failed state, {@code {"decision":
 * "abandon"}} ends it failed. Once per execution, state and entry.
 */
public final class OpenOperatorTaskHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final OperatorTasks tasks;

  public OpenOperatorTaskHandler() {
    this(System.getenv());
  }

  public OpenOperatorTaskHandler(Map<String, String> env) {
    this(new OperatorTasks(AppDatabase.get(), Clock.systemUTC()));
  }

  public OpenOperatorTaskHandler(OperatorTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    OpenOperatorTaskInput input = Json.MAPPER.convertValue(event, OpenOperatorTaskInput.class);
    FailureReport failure = input.failure();
    String execution = input.step().executionId();
    String title =
        input.title() != null && !input.title().isBlank()
            ? input.title()
            : WorkflowNames.machine(execution) + " failed at " + failure.failedState();
    ObjectNode detail = Json.MAPPER.createObjectNode();
    detail.put("failed_state", failure.failedState());
    detail.put("error", failure.error());
    detail.put("cause", failure.cause());
    detail.put(
        "resume",
        "Fix the cause, then answer the task token with {\"decision\": \"retry\"} to resume at " + failure.failedState()
            + ", or {\"decision\": \"abandon\"} to end the execution failed.");
    OperatorTask task =
        tasks.open(
            input.step().idempotencyKey(),
            new OperatorTasks.NewTask(
                "workflow_failure", title, execution, failure.subjectOrRequest(), input.alertId(), input.taskToken(), detail));
    return Json.MAPPER.convertValue(new OpenOperatorTaskOutput(task.id()), MAP);
  }
}
