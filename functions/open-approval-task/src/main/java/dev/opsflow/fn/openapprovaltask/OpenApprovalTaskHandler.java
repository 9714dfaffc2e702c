package dev.opsflow.fn.openapprovaltask;

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
 * OpenApprovalTask ({@code .waitForTaskToken}): puts the draft in the inbox as an approval task holding the task
 * token, marks the request as awaiting approval, and tells the {@code review-needed} recipients why approval is
 * needed. Staff answer with {@code {"approved": true|false, "by", "subject"?, "body"?}}.
 */
public final class OpenApprovalTaskHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final StaffAlerts alerts;

  public OpenApprovalTaskHandler() {
    this(System.getenv());
  }

  public OpenApprovalTaskHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()),
        new StaffAlerts(ConfigLoader.fromEnvironment(env).notifications(), StepWiring.notifications(env, AppDatabase.get())));
  }

  OpenApprovalTaskHandler(IntakeStores stores, StaffAlerts alerts) {
    this.stores = stores;
    this.alerts = alerts;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    OpenApprovalTaskInput in = StepPayloads.read(event, OpenApprovalTaskInput.class);
    ReviewTask task = stores.reviewTasks().open(new NewReviewTask(
        in.requestId(), ReviewTaskKind.APPROVAL, in.taskToken(), List.of(), in.draft(), in.step().idempotencyKey()));
    stores.requests().setStatus(in.requestId(), RequestStatus.AWAITING_APPROVAL);
    List<NotificationRecord> sent = alerts.toEventRecipients(in.step(), in.requestId(), NotificationEvent.REVIEW_NEEDED, null,
        StaffMessages.taskOpened(in.requestId(), ReviewTaskKind.APPROVAL.wireName(), in.ruleIds()));
    OpenApprovalTaskOutput out = new OpenApprovalTaskOutput(task.id(), SentNotification.of(sent));
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "approval.opened", StepPayloads.tree(in.reasons()),
        in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
