package dev.opsflow.fn.recordrequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;

/** The execution input's {@code request} envelope, as ingress starts the intake workflow with it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordRequestInput(StepRef step, JsonNode request) {}
