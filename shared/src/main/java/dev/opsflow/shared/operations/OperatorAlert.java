package dev.opsflow.shared.operations;

import java.time.Instant;

/** A recorded alert: an execution failed in a way no retry fixes and a person must look. */
public record OperatorAlert(long id, Instant createdAt, String workflow, String executionArn, String subject, FailureReport failure) {}
