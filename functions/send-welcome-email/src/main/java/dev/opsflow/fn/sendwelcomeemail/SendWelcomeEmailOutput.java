package dev.opsflow.fn.sendwelcomeemail;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The notification's id, its status ({@code sent} by SES, {@code captured} locally) and whom it went to. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendWelcomeEmailOutput(String notificationId, String status, String to) {}
