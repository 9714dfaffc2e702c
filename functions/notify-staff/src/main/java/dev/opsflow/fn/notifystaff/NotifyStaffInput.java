package dev.opsflow.fn.notifystaff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;

/** The urgent request: its classification, the team it is routed to, a summary and its record. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NotifyStaffInput(
    StepRef step, String requestId, String issueType, String urgency, String team, String summary, JsonNode fields) {}
