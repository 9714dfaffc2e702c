package dev.opsflow.shared.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.intake.store.AiCall;
import dev.opsflow.shared.intake.store.AiCallLog;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.reasoning.AgentCall;
import java.time.Instant;

/**
 * Logs an agent call made by a step ({@code ai_calls}): agent id and version, model, tokens, duration, raw
 * output and what the guards flagged, under the step's idempotency key so a retried step logs it once.
 */
public final class AiCallRecords {
  private AiCallRecords() {}

  /** Records {@code call} for the request; tokens are null for the local reasoner, which counts none. */
  public static void record(AiCallLog log, String requestId, AgentCall call, JsonNode violations, StepRef step) {
    boolean counted = !AgentCall.LOCAL_MODEL.equals(call.modelId());
    log.record(
        new AiCall(
            requestId, call.agentId(), call.agentVersion(), call.modelId(),
            counted ? Math.toIntExact(call.inputTokens()) : null,
            counted ? Math.toIntExact(call.outputTokens()) : null,
            call.durationMillis(), call.output(), violations, Instant.now()),
        step.idempotencyKey());
  }

  /** The actor the audit trail and revisions name for this call: {@code agent:<id>@<version>}. */
  public static Actor actor(AgentCall call) {
    return Actor.agent(call.agentId(), call.agentVersion());
  }
}
