package dev.opsflow.fn.openapprovaltask;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.SentNotification;
import java.util.List;

/** The approval task opened and who was told. (The workflow waits for the approver's answer, not for this.) */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenApprovalTaskOutput(String taskId, List<SentNotification> notifications) {}
