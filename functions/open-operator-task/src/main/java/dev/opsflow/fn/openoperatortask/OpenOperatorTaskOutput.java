package dev.opsflow.fn.openoperatortask;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The task's id on the operations page. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenOperatorTaskOutput(long taskId) {}
