package dev.opsflow.fn.sendconfirmation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The notification sent to the customer (null when the request has no way to reach them), its channel and address. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendConfirmationOutput(String notificationId, String channel, String to, boolean delivered, String approvedBy) {}
