package dev.opsflow.fn.openreviewtask;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.SentNotification;
import java.util.List;

/** The task opened and who was told. (The workflow waits for the staff answer, not for this.) */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenReviewTaskOutput(String taskId, String kind, List<SentNotification> notifications) {}
