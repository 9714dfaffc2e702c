package dev.opsflow.fn.closerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;

/**
 * Which request to close and why: {@code not_service_request} (the classifier), {@code confirmation_rejected}
 * (the approver), or the reason staff gave in the review inbox. {@code classification} is kept in the audit.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CloseRequestInput(StepRef step, String requestId, String reason, JsonNode classification) {}
