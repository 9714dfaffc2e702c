package dev.opsflow.fn.classifyrequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.reasoning.ExtractedField;
import dev.opsflow.shared.reasoning.guard.GuardViolation;
import java.util.List;
import java.util.Map;

/**
 * What the agent decided and where triage routes it: whether it is a service request, issue type (null when it
 * cannot be told), urgency, team, a one-line summary, the extracted fields with their evidence (ExtractFields
 * applies them), what the grounding guard dropped, and which agent version and model answered.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClassifyRequestOutput(
    boolean isServiceRequest,
    String issueType,
    String urgency,
    String team,
    String summary,
    Map<String, ExtractedField> fields,
    List<GuardViolation> violations,
    JsonNode agent) {}
