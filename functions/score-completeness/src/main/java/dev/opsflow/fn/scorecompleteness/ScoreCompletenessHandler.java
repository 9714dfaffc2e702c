package dev.opsflow.fn.scorecompleteness;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.CompletenessScore;
import dev.opsflow.shared.intake.CompletenessScorer;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import java.math.BigDecimal;
import java.util.Map;

/**
 * ScoreCompleteness: scores the request's fields with the question flow ({@link CompletenessScorer}), stores the
 * score on the request and audits what is missing. Setting a value and an idempotent audit: safe to repeat.
 */
public final class ScoreCompletenessHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final CompletenessScorer scorer;

  public ScoreCompletenessHandler() {
    this(System.getenv());
  }

  public ScoreCompletenessHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), new CompletenessScorer(ConfigLoader.fromEnvironment(env).questionFlow()));
  }

  ScoreCompletenessHandler(IntakeStores stores, CompletenessScorer scorer) {
    this.stores = stores;
    this.scorer = scorer;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    ScoreCompletenessInput in = StepPayloads.read(event, ScoreCompletenessInput.class);
    CompletenessScore score = scorer.score(in.issueType(), in.fields());
    stores.requests().setCompleteness(in.requestId(), BigDecimal.valueOf(score.score()));
    ScoreCompletenessOutput out = ScoreCompletenessOutput.of(score);
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "request.scored", StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
