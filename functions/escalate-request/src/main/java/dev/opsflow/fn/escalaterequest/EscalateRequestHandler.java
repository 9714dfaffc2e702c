package dev.opsflow.fn.escalaterequest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.SentNotification;
import dev.opsflow.shared.workflow.StaffAlerts;
import dev.opsflow.shared.workflow.StaffMessages;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import dev.opsflow.shared.workflow.StepRef;
import dev.opsflow.shared.workflow.StepWiring;
import java.util.List;
import java.util.Map;

/**
 * EscalateRequest: the rung's time came and nobody has acted (had anyone, the workflow would have cancelled the
 * timer): marks the request escalated and tells the rung's recipients on its channels. The state runs once per
 * rung, so every key carries the rung's level.
 */
public final class EscalateRequestHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final StaffAlerts alerts;

  public EscalateRequestHandler() {
    this(System.getenv());
  }

  public EscalateRequestHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()),
        new StaffAlerts(ConfigLoader.fromEnvironment(env).notifications(), StepWiring.notifications(env, AppDatabase.get())));
  }

  EscalateRequestHandler(IntakeStores stores, StaffAlerts alerts) {
    this.stores = stores;
    this.alerts = alerts;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    EscalateRequestInput in = StepPayloads.read(event, EscalateRequestInput.class);
    EscalateRequestInput.Rung rung = in.rung();
    StepRef pass = in.step().within("rung-" + rung.level());
    stores.requests().setStatus(in.requestId(), RequestStatus.ESCALATED);
    List<NotificationRecord> sent = alerts.toPeople(pass, in.requestId(), NotificationEvent.ESCALATION, rung.recipients(),
        rung.channels(), StaffMessages.escalation(in.requestId(), in.urgency(), rung.level(), rung.dueAt()));
    EscalateRequestOutput out = new EscalateRequestOutput(rung.level(), SentNotification.of(sent));
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "request.escalated", StepPayloads.tree(out), pass.idempotencyKey());
    return StepPayloads.write(out);
  }
}
