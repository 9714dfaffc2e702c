package dev.opsflow.webapp.ops;

import java.time.Instant;

/** An execution that ended without success, and whether it was redriven already. */
public record FailedExecution(String arn, String name, String machine, String status, Instant startDate, Instant stopDate,
    Integer redriveCount) {}
