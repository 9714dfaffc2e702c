package dev.opsflow.fn.synctocrm;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The built-in customer, the CRM written ({@code builtin}, {@code hubspot}), the contact's id there, and whether it was created. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SyncToCrmOutput(String customerId, String crm, String contactId, boolean created) {}
