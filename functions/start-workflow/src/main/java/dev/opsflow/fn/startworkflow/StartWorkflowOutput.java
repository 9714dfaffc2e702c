package dev.opsflow.fn.startworkflow;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Locale;

/** What the start did ({@code started} or {@code already_exists}) and the execution that has the name. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StartWorkflowOutput(String status, String executionName, String executionArn) {
  static StartWorkflowOutput of(WorkflowStarter.Started started) {
    return new StartWorkflowOutput(started.status().name().toLowerCase(Locale.ROOT), started.executionName(), started.executionArn());
  }
}
