package dev.opsflow.fn.alertoperators;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The alert's id (the operator task links to it) and whether this call raised it (false: a retry found it). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AlertOperatorsOutput(long alertId, boolean created) {}
