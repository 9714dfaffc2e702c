package dev.opsflow.fn.checkapprovalpolicy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.ApprovalInput;
import dev.opsflow.shared.intake.ApprovalPolicyEvaluator;
import dev.opsflow.shared.intake.DraftFlag;
import dev.opsflow.shared.intake.Urgency;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * CheckApprovalPolicy: applies {@code approval-policy.json} ({@link ApprovalPolicyEvaluator}) to the request
 * and its draft, and audits the decision with every matching rule. The workflow routes on
 * {@code approval_required}; deciding is code, never the model.
 */
public final class CheckApprovalPolicyHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final ApprovalPolicyEvaluator evaluator;

  public CheckApprovalPolicyHandler() {
    this(System.getenv());
  }

  public CheckApprovalPolicyHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), new ApprovalPolicyEvaluator(ConfigLoader.fromEnvironment(env).approvalPolicy()));
  }

  CheckApprovalPolicyHandler(IntakeStores stores, ApprovalPolicyEvaluator evaluator) {
    this.stores = stores;
    this.evaluator = evaluator;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    CheckApprovalPolicyInput in = StepPayloads.read(event, CheckApprovalPolicyInput.class);
    CheckApprovalPolicyOutput out = CheckApprovalPolicyOutput.of(evaluator.evaluate(approvalInput(in)));
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "approval.checked", StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }

  private static ApprovalInput approvalInput(CheckApprovalPolicyInput in) {
    boolean matched = in.customer() != null && in.customer().customerId() != null && !in.customer().isNew()
        && in.customer().confidence() != null;
    return new ApprovalInput(
        Urgency.fromWire(in.urgency()),
        in.completeness().score().doubleValue(),
        !in.completeness().complete(),
        in.draft().flags().stream().map(DraftFlag::fromWire).collect(Collectors.toSet()),
        matched ? OptionalDouble.of(in.customer().confidence().doubleValue()) : OptionalDouble.empty(),
        !matched);
  }
}
