package dev.opsflow.fn.notifystaff;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.SentNotification;
import java.util.List;

/** The notifications sent (or captured). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NotifyStaffOutput(List<SentNotification> notifications) {}
