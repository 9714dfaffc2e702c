package dev.opsflow.fn.createstripecustomer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What the step did (snake_case in the state machine). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateStripeCustomerOutput(String customerId, boolean created) {}
