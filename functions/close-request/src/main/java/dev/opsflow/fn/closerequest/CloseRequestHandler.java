package dev.opsflow.fn.closerequest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.Map;

/**
 * CloseRequest: ends a request that will not be confirmed, with its reason in the audit trail. A request that is
 * not a service request (by the classifier or by staff) gets the status closed_not_service; a rejected
 * confirmation keeps its status (staff answer the customer themselves) and only the reason is recorded.
 */
public final class CloseRequestHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  /** The reason the approver's rejection is recorded under. */
  static final String CONFIRMATION_REJECTED = "confirmation_rejected";

  private final IntakeStores stores;

  public CloseRequestHandler() {
    this(System.getenv());
  }

  public CloseRequestHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()));
  }

  CloseRequestHandler(IntakeStores stores) {
    this.stores = stores;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    CloseRequestInput in = StepPayloads.read(event, CloseRequestInput.class);
    String reason = in.reason() == null ? "unspecified" : in.reason();
    if (!CONFIRMATION_REJECTED.equals(reason)) {
      stores.requests().setStatus(in.requestId(), RequestStatus.CLOSED_NOT_SERVICE);
    }
    ObjectNode detail = JsonNodeFactory.instance.objectNode().put("reason", reason);
    detail.set("classification", in.classification());
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "request.closed", detail, in.step().idempotencyKey());
    String status = stores.requests().get(in.requestId()).status().wireName();
    return StepPayloads.write(new CloseRequestOutput(in.requestId(), status, reason));
  }
}
