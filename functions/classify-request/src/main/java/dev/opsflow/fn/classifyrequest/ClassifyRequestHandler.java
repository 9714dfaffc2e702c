package dev.opsflow.fn.classifyrequest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.IntakeConfig;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.TriageRouter;
import dev.opsflow.shared.intake.Urgency;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasonerConfig;
import dev.opsflow.shared.reasoning.Reasoners;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.workflow.AiCallRecords;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.Map;

/**
 * ClassifyRequest: runs the classify-and-extract agent (guarded: ungrounded values are dropped), logs the call,
 * routes the request to a team with the triage rules, stores the triage on the request and audits it as the
 * agent's decision. The workflow routes on {@code is_service_request}; the fields go on to ExtractFields.
 */
public final class ClassifyRequestHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final Reasoner reasoner;
  private final TriageRouter router;

  public ClassifyRequestHandler() {
    this(System.getenv());
  }

  public ClassifyRequestHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), Reasoners.from(ReasonerConfig.from(env)), router(ConfigLoader.fromEnvironment(env)));
  }

  ClassifyRequestHandler(IntakeStores stores, Reasoner reasoner, TriageRouter router) {
    this.stores = stores;
    this.reasoner = reasoner;
    this.router = router;
  }

  static TriageRouter router(IntakeConfig config) {
    return new TriageRouter(config.triage(), config.notifications());
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    ClassifyRequestInput in = StepPayloads.read(event, ClassifyRequestInput.class);
    ReasoningResult result = reasoner.classifyAndExtract(in.inbound());
    AiCallRecords.record(stores.aiCalls(), in.requestId(), result.call(), StepPayloads.tree(result.violations()), in.step());
    String team = router.route(result.issueType(), Urgency.fromWire(result.urgency())).team().id();
    stores.requests().setTriage(in.requestId(), result.issueType(), result.urgency(), team);
    if (result.serviceRequest()) {
      stores.requests().setStatus(in.requestId(), RequestStatus.CLASSIFIED);
    }
    ClassifyRequestOutput out = new ClassifyRequestOutput(
        result.serviceRequest(), result.issueType(), result.urgency(), team, Summaries.of(result, in),
        result.fields(), result.violations(), agent(result));
    ObjectNode detail = (ObjectNode) StepPayloads.tree(out);
    detail.remove("fields"); // the fields land in the record as ExtractFields' revision
    stores.audit().append(in.requestId(), AiCallRecords.actor(result.call()), "request.classified", detail, in.step().idempotencyKey());
    return StepPayloads.write(out);
  }

  private static JsonNode agent(ReasoningResult result) {
    return JsonNodeFactory.instance.objectNode()
        .put("agent_id", result.call().agentId())
        .put("agent_version", result.call().agentVersion())
        .put("model_id", result.call().modelId());
  }
}
