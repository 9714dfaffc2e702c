package dev.opsflow.fn.scheduleescalation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.time.Instant;

/**
 * The request's urgency, the team it is routed to (resolves {@code assigned-team} recipients) and when it was
 * received: the SLA counts from there (from the state's entry when the channel gave no time).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduleEscalationInput(StepRef step, String requestId, String urgency, String team, Instant receivedAt) {}
