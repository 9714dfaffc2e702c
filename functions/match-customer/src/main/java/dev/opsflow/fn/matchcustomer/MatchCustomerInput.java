package dev.opsflow.fn.matchcustomer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;

/** The request's record: its name, phone, email and address are what matching compares. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MatchCustomerInput(StepRef step, String requestId, JsonNode fields) {}
