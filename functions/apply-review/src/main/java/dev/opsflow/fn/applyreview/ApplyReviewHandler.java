package dev.opsflow.fn.applyreview;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.QuestionFlow;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.CompletenessScore;
import dev.opsflow.shared.intake.CompletenessScorer;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.intake.store.ReviewTaskStatus;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.RecordFields;
import dev.opsflow.shared.workflow.StepPayloads;
import java.math.BigDecimal;
import java.util.Map;

/**
 * ApplyReview: what staff filled in becomes a revision of the record made by them (checked against the question
 * flow like the agent's values), the request is scored again, its open review or acknowledge task is completed
 * with the answer (if the dashboard has not done so), and the answer is audited as the staff member's.
 */
public final class ApplyReviewHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final RecordFields recordFields;
  private final CompletenessScorer scorer;

  public ApplyReviewHandler() {
    this(System.getenv());
  }

  public ApplyReviewHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), ConfigLoader.fromEnvironment(env).questionFlow());
  }

  ApplyReviewHandler(IntakeStores stores, QuestionFlow flow) {
    this.stores = stores;
    this.recordFields = new RecordFields(flow);
    this.scorer = new CompletenessScorer(flow);
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    ApplyReviewInput in = StepPayloads.read(event, ApplyReviewInput.class);
    Actor staff = Actor.staff(in.answer().by());
    RecordFields.Checked checked = recordFields.check(in.issueType(), in.answer().fields());
    ObjectNode record = checked.accepted().isEmpty()
        ? stores.requests().get(in.requestId()).record()
        : stores.requests().reviseRecord(in.requestId(), r -> r.setAll(checked.accepted()), staff, "review",
            in.step().idempotencyKey()).record();
    CompletenessScore score = scorer.score(in.issueType(), RecordFields.asMap(record));
    stores.requests().setCompleteness(in.requestId(), BigDecimal.valueOf(score.score()));
    if (in.answer().closeReason() == null) {
      stores.requests().setStatus(in.requestId(), RequestStatus.EXTRACTED);
    }
    completeOpenTask(in, staff);
    ApplyReviewOutput out = new ApplyReviewOutput(
        record, ApplyReviewOutput.Completeness.of(score), in.answer().closeReason(), in.answer().by(), checked.refused());
    ObjectNode detail = (ObjectNode) StepPayloads.tree(out);
    detail.put("note", in.answer().note());
    stores.audit().append(in.requestId(), staff, "review.applied", detail, in.step().idempotencyKey());
    return StepPayloads.write(out);
  }

  private void completeOpenTask(ApplyReviewInput in, Actor staff) {
    stores.reviewTasks().forRequest(in.requestId()).stream()
        .filter(t -> t.kind() != ReviewTaskKind.APPROVAL)
        .filter(t -> t.status() == ReviewTaskStatus.OPEN || t.status() == ReviewTaskStatus.CLAIMED)
        .forEach(t -> stores.reviewTasks().complete(t.id(), staff.id(), StepPayloads.tree(in.answer())));
  }
}
