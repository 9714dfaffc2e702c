package dev.opsflow.webapp.inbox;

import java.time.Instant;
import java.util.List;

/** One line of the review inbox: the task and the request it is about. */
public record InboxItem(
    String taskId,
    String kind,
    String status,
    String claimedBy,
    Instant createdAt,
    List<String> missingFields,
    String requestId,
    String customerName,
    String issueType,
    String urgency,
    String channel) {}
