package dev.opsflow.fn.scheduleescalation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.EscalationLadder;
import dev.opsflow.shared.intake.Urgency;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import java.time.Instant;
import java.util.Map;

/**
 * ScheduleEscalation: plans the request's escalation ladder ({@link EscalationLadder}: the SLA on the urgency's
 * clock, business hours or always, then each rung's minutes after it) and audits the plan. No side effect but
 * the idempotent audit event; the workflow's Wait state does the waiting.
 */
public final class ScheduleEscalationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final EscalationLadder ladder;

  public ScheduleEscalationHandler() {
    this(System.getenv());
  }

  public ScheduleEscalationHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), new EscalationLadder(ConfigLoader.fromEnvironment(env).notifications()));
  }

  ScheduleEscalationHandler(IntakeStores stores, EscalationLadder ladder) {
    this.stores = stores;
    this.ladder = ladder;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    ScheduleEscalationInput in = StepPayloads.read(event, ScheduleEscalationInput.class);
    Urgency urgency = Urgency.fromWire(in.urgency());
    Instant from = in.receivedAt() != null ? in.receivedAt() : in.step().enteredAt();
    ScheduleEscalationOutput out = new ScheduleEscalationOutput(
        ladder.slaDue(from, urgency),
        ladder.plan(from, urgency, in.team()).stream().map(ScheduleEscalationOutput.Rung::of).toList());
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "escalation.scheduled", StepPayloads.tree(out),
        in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
