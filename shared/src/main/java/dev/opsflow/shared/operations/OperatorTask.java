package dev.opsflow.shared.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Work for an operator, listed on the dashboard's operations page until closed: what kind, a title, the
 * execution it concerns, the alert that announced it, the task token of the workflow waiting for the operator's
 * decision (null when none waits), and the detail to act on.
 */
public record OperatorTask(
    long id, Instant createdAt, String status, String kind, String title, String workflow, String executionArn, String subject,
    Long alertId, String taskToken, JsonNode detail) {}
