package dev.opsflow.fn.notifystaff;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StaffAlerts;
import dev.opsflow.shared.workflow.SentNotification;
import dev.opsflow.shared.workflow.StaffMessages;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import dev.opsflow.shared.workflow.StepWiring;
import java.util.List;
import java.util.Map;

/**
 * NotifyStaff: sends the {@code urgent-request} event to its recipients (the assigned team, by default) on its
 * channels, as {@code notifications.json} says, and audits it. Keyed per person and channel: a retry sends no
 * message twice.
 */
public final class NotifyStaffHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final StaffAlerts alerts;

  public NotifyStaffHandler() {
    this(System.getenv());
  }

  public NotifyStaffHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()),
        new StaffAlerts(ConfigLoader.fromEnvironment(env).notifications(), StepWiring.notifications(env, AppDatabase.get())));
  }

  NotifyStaffHandler(IntakeStores stores, StaffAlerts alerts) {
    this.stores = stores;
    this.alerts = alerts;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    NotifyStaffInput in = StepPayloads.read(event, NotifyStaffInput.class);
    StaffMessages.Message message =
        StaffMessages.urgentRequest(in.requestId(), in.urgency(), in.issueType(), in.summary(), in.fields());
    List<NotificationRecord> sent =
        alerts.toEventRecipients(in.step(), in.requestId(), NotificationEvent.URGENT_REQUEST, in.team(), message);
    NotifyStaffOutput out = new NotifyStaffOutput(SentNotification.of(sent));
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "staff.notified", StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
