package dev.opsflow.fn.recordrequest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The stored request's id, its envelope with every field present (null when the channel had none, so later
 * states can read any of them), and whether this call stored it (false for a redelivery).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RecordRequestOutput(String requestId, ObjectNode request, boolean created) {}
