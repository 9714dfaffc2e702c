package dev.opsflow.fn.createasanaproject;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What the step did (snake_case in the state machine). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateAsanaProjectOutput(String projectGid, String projectUrl, boolean created) {}
