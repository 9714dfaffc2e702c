package dev.opsflow.fn.alertoperators;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.operations.FailureReport;
import dev.opsflow.shared.operations.OperatorAlerts;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.SentNotification;
import dev.opsflow.shared.workflow.StaffAlerts;
import dev.opsflow.shared.workflow.StaffMessages;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import dev.opsflow.shared.workflow.StepWiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AlertOperators, the failure path of every workflow: records the failure once per step entry ({@code
 * operator_alerts}, logged at ERROR), marks the request failed and audits the failure when the execution was about
 * a stored request, and tells the operators: by email to {@code OPSFLOW_OPERATOR_EMAILS} when the environment
 * lists them, otherwise with the {@code operator-alert} event of {@code notifications.json} (its recipients on its
 * channels). Idempotent by the step's key; the state machine then fails the execution explicitly.
 */
public final class AlertOperatorsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final OperatorAlerts operatorAlerts;
  private final IntakeStores stores;
  private final Optional<StaffAlerts> configuredRecipients;

  public AlertOperatorsHandler() {
    this(System.getenv());
  }

  public AlertOperatorsHandler(Map<String, String> env) {
    this(OperatorAlerts.fromEnvironment(env), IntakeStores.on(AppDatabase.get()),
        env.getOrDefault("OPSFLOW_OPERATOR_EMAILS", "").isBlank()
            ? Optional.of(new StaffAlerts(ConfigLoader.fromEnvironment(env).notifications(), StepWiring.notifications(env, AppDatabase.get())))
            : Optional.empty());
  }

  /** {@code configuredRecipients}: the operator-alert route of notifications.json, or empty when {@code operatorAlerts} emails a list. */
  AlertOperatorsHandler(OperatorAlerts operatorAlerts, IntakeStores stores, Optional<StaffAlerts> configuredRecipients) {
    this.operatorAlerts = operatorAlerts;
    this.stores = stores;
    this.configuredRecipients = configuredRecipients;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    AlertOperatorsInput in = StepPayloads.read(event, AlertOperatorsInput.class);
    FailureReport failure = in.failure();
    OperatorAlerts.Recorded recorded = operatorAlerts.raise(in.step().idempotencyKey(), in.step().executionId(), failure);
    boolean marked = markRequestFailed(in, failure);
    List<NotificationRecord> sent = configuredRecipients
        .map(alerts -> alerts.toEventRecipients(in.step(), in.requestId(), NotificationEvent.OPERATOR_ALERT, null,
            StaffMessages.operatorAlert(failure.subjectOrRequest(), failure.failedState(), failure.error())))
        .orElse(List.of());
    return StepPayloads.write(new AlertOperatorsOutput(recorded.alert().id(), recorded.created(), marked, SentNotification.of(sent)));
  }

  private boolean markRequestFailed(AlertOperatorsInput in, FailureReport failure) {
    if (in.requestId() == null || stores.requests().find(in.requestId()).isEmpty()) {
      return false;
    }
    stores.requests().setStatus(in.requestId(), RequestStatus.FAILED);
    ObjectNode detail = JsonNodeFactory.instance.objectNode()
        .put("failed_state", failure.failedState()).put("error", failure.error()).put("cause", failure.cause())
        .put("execution", in.step().executionId());
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "workflow.failed", detail, in.step().idempotencyKey());
    return true;
  }
}
