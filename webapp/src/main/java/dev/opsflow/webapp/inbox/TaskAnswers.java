package dev.opsflow.webapp.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import dev.opsflow.shared.json.Json;
import dev.opsflow.webapp.auth.User;
import dev.opsflow.webapp.web.HttpError;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * Answers the task token a workflow waits on, through the AWS SDK's {@link SfnClient} (Step Functions in AWS,
 * the local engine's API on one machine). The user first claims the task (a conditional update, so two people
 * cannot answer one task); then the token is answered; then the task row is closed and the audit trail written.
 * If the token is no longer valid the task is marked expired instead, and nothing else changes.
 *
 * <p>Every answer is SendTaskSuccess, including a rejected draft ({@code "approved": false}): the intake
 * workflow routes on the answer's content, and its Catch sends every task failure to the operators' alert path,
 * which is not what a staff decision is.
 */
public final class TaskAnswers {
  private final ReviewTaskStore tasks;
  private final AuditLog audit;
  private final SfnClient sfn;

  public TaskAnswers(ReviewTaskStore tasks, AuditLog audit, SfnClient sfn) {
    this.tasks = tasks;
    this.audit = audit;
    this.sfn = sfn;
  }

  /** Takes the task for {@code user} (or confirms they hold it); 409 when it is done or someone else holds it. */
  public ReviewTask claim(String taskId, User user) {
    return tasks.claim(taskId, user.handle()).orElseThrow(() -> unavailable(taskId));
  }

  public void release(String taskId, User user) {
    tasks.release(taskId, user.handle()).orElseThrow(() -> unavailable(taskId));
  }

  /**
   * Answers the task with {@code answer} (the object the workflow receives; {@code by}, the user's e-mail, is
   * added), records it as the task's outcome ({@code rejected} marks the row rejected rather than completed) and
   * in the audit trail as {@code action}.
   */
  public AnswerOutcome answer(String taskId, User user, ObjectNode answer, boolean rejected, String action) {
    ReviewTask task = claim(taskId, user);
    // The workflow's steps take the staff member's handle (ApplyReview records Actor.staff(by)).
    answer.put("by", user.handle());
    try {
      sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(Json.write(answer)));
    } catch (TaskTimedOutException | TaskDoesNotExistException | InvalidTokenException e) {
      tasks.expireByToken(task.taskToken());
      audit.append(task.requestId(), Actor.staff(user.handle()), "review.expired", detail(task, null), "review-expired:" + task.id());
      return AnswerOutcome.EXPIRED;
    }
    if (rejected) {
      tasks.reject(task.id(), user.handle(), answer);
    } else {
      tasks.complete(task.id(), user.handle(), answer);
    }
    audit.append(task.requestId(), Actor.staff(user.handle()), action, detail(task, answer), "review-answered:" + task.id());
    return AnswerOutcome.SENT;
  }

  private static ObjectNode detail(ReviewTask task, JsonNode answer) {
    ObjectNode detail = Json.MAPPER.createObjectNode();
    detail.put("task_id", task.id());
    detail.put("kind", task.kind().wireName());
    if (answer != null) {
      detail.set("answer", answer);
    }
    return detail;
  }

  private HttpError unavailable(String taskId) {
    ReviewTask task = tasks.find(taskId).orElseThrow(() -> HttpError.notFound("The task"));
    if (!task.status().isPending()) {
      return new HttpError(409, "This task is already " + task.status().wireName() + ".");
    }
    return new HttpError(409, "This task is held by " + task.claimedBy() + ".");
  }
}
