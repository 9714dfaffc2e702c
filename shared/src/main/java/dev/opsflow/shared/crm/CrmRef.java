package dev.opsflow.shared.crm;

/** Where a contact lives in a CRM: the CRM ({@code builtin}, {@code hubspot}), its id there, and whether this call created it. */
public record CrmRef(String system, String id, boolean created) {}
