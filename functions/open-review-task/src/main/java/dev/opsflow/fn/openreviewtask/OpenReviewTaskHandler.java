package dev.opsflow.fn.openreviewtask;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.NewReviewTask;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.SentNotification;
import dev.opsflow.shared.workflow.StaffAlerts;
import dev.opsflow.shared.workflow.StaffMessages;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import dev.opsflow.shared.workflow.StepWiring;
import java.util.List;
import java.util.Map;

/**
 * OpenReviewTask ({@code .waitForTaskToken}): stores the task token in {@code review_tasks} (the inbox), marks
 * the request as needing review and, for a review, tells the {@code review-needed} recipients (an acknowledge
 * task follows NotifyStaff, which told the team already). When the state is retried, the still-open task takes
 * the new token, so staff always answer the token the execution waits on.
 */
public final class OpenReviewTaskHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final StaffAlerts alerts;

  public OpenReviewTaskHandler() {
    this(System.getenv());
  }

  public OpenReviewTaskHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()),
        new StaffAlerts(ConfigLoader.fromEnvironment(env).notifications(), StepWiring.notifications(env, AppDatabase.get())));
  }

  OpenReviewTaskHandler(IntakeStores stores, StaffAlerts alerts) {
    this.stores = stores;
    this.alerts = alerts;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    OpenReviewTaskInput in = StepPayloads.read(event, OpenReviewTaskInput.class);
    ReviewTaskKind kind = ReviewTaskKind.fromWire(in.kind());
    ReviewTask task = stores.reviewTasks().open(
        new NewReviewTask(in.requestId(), kind, in.taskToken(), in.missing(), null, in.step().idempotencyKey()));
    stores.requests().setStatus(in.requestId(), RequestStatus.NEEDS_REVIEW);
    List<NotificationRecord> sent = kind == ReviewTaskKind.REVIEW
        ? alerts.toEventRecipients(in.step(), in.requestId(), NotificationEvent.REVIEW_NEEDED, in.team(),
            StaffMessages.taskOpened(in.requestId(), in.kind(), in.missing()))
        : List.of();
    OpenReviewTaskOutput out = new OpenReviewTaskOutput(task.id(), kind.wireName(), SentNotification.of(sent));
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "review.opened", StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
