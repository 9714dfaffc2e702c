package dev.opsflow.fn.draftconfirmation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasonerConfig;
import dev.opsflow.shared.reasoning.Reasoners;
import dev.opsflow.shared.workflow.AiCallRecords;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.Map;

/**
 * DraftConfirmation: the confirmation agent drafts the reply (guarded: a promised time or a price marks it for
 * a human), the call is logged and the draft audited. Nothing is sent here: CheckApprovalPolicy decides whether
 * a person sees it first, SendConfirmation sends it.
 */
public final class DraftConfirmationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final Reasoner reasoner;

  public DraftConfirmationHandler() {
    this(System.getenv());
  }

  public DraftConfirmationHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), Reasoners.from(ReasonerConfig.from(env)));
  }

  DraftConfirmationHandler(IntakeStores stores, Reasoner reasoner) {
    this.stores = stores;
    this.reasoner = reasoner;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    DraftConfirmationInput in = StepPayloads.read(event, DraftConfirmationInput.class);
    Draft draft = reasoner.draftConfirmation(in.confirmationRequest());
    AiCallRecords.record(stores.aiCalls(), in.requestId(), draft.call(), StepPayloads.tree(draft.reasons()), in.step());
    DraftConfirmationOutput out = new DraftConfirmationOutput(
        draft.subject(), draft.body(), draft.needsHuman(), draft.reasons(), DraftFlags.of(draft.reasons()));
    stores.audit().append(in.requestId(), AiCallRecords.actor(draft.call()), "confirmation.drafted", StepPayloads.tree(out),
        in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
