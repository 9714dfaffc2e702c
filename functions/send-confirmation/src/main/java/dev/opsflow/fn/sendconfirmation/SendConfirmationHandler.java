package dev.opsflow.fn.sendconfirmation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.intake.store.ReviewTaskStatus;
import dev.opsflow.shared.notify.Notification;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import dev.opsflow.shared.workflow.StepWiring;
import java.util.Map;
import java.util.Optional;

/**
 * SendConfirmation: sends the confirmation (as approved, when a person approved it) to the customer on the
 * channel {@link CustomerAddress} picks, once per step key; completes the approval task with the approver's
 * answer; marks the request confirmed and audits who approved what was sent. A request with no phone or email
 * is confirmed by nobody: audited as undeliverable, not failed.
 */
public final class SendConfirmationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final NotificationPolicy policy;
  private final NotificationService notifications;

  public SendConfirmationHandler() {
    this(System.getenv());
  }

  public SendConfirmationHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), ConfigLoader.fromEnvironment(env).notifications(),
        StepWiring.notifications(env, AppDatabase.get()));
  }

  SendConfirmationHandler(IntakeStores stores, NotificationPolicy policy, NotificationService notifications) {
    this.stores = stores;
    this.policy = policy;
    this.notifications = notifications;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    SendConfirmationInput in = StepPayloads.read(event, SendConfirmationInput.class);
    Optional<CustomerAddress> address =
        CustomerAddress.choose(policy.events().get(NotificationEvent.CONFIRMATION), in.channel(), in.fields());
    Optional<NotificationRecord> sent = address.map(a -> notifications.send(new Notification(
        in.step().idempotencyKey(), in.requestId(), NotificationEvent.CONFIRMATION, a.channel(), a.to(), in.subject(), in.body())));
    String approvedBy = in.approval() == null ? null : in.approval().by();
    if (approvedBy != null) {
      completeApproval(in);
    }
    stores.requests().setStatus(in.requestId(), RequestStatus.CONFIRMED);
    SendConfirmationOutput out = new SendConfirmationOutput(sent.map(NotificationRecord::id).orElse(null),
        address.map(a -> a.channel().wireName()).orElse(null), address.map(CustomerAddress::to).orElse(null),
        sent.isPresent(), approvedBy);
    Actor actor = approvedBy == null ? StepActors.WORKFLOW : Actor.staff(approvedBy);
    stores.audit().append(in.requestId(), actor, sent.isPresent() ? "confirmation.sent" : "confirmation.undeliverable",
        StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }

  private void completeApproval(SendConfirmationInput in) {
    stores.reviewTasks().forRequest(in.requestId()).stream()
        .filter(t -> t.kind() == ReviewTaskKind.APPROVAL)
        .filter(t -> t.status() == ReviewTaskStatus.OPEN || t.status() == ReviewTaskStatus.CLAIMED)
        .forEach(t -> stores.reviewTasks().complete(t.id(), in.approval().by(), StepPayloads.tree(in.approval())));
  }
}
