package dev.opsflow.fn.alertoperators;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.SentNotification;
import java.util.List;

/**
 * The alert's id (an operator task links to it), whether this call raised it (false: a retry found it), whether a
 * stored request was marked failed, and whom the alert reached.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AlertOperatorsOutput(long alertId, boolean created, boolean requestMarkedFailed, List<SentNotification> notifications) {}
