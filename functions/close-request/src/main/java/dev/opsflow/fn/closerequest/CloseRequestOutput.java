package dev.opsflow.fn.closerequest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The request's status after closing and the reason recorded. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CloseRequestOutput(String requestId, String status, String reason) {}
