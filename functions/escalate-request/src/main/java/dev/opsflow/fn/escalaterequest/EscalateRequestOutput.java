package dev.opsflow.fn.escalaterequest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.SentNotification;
import java.util.List;

/** The rung that fired and whom it told. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EscalateRequestOutput(int level, List<SentNotification> notifications) {}
