package dev.opsflow.shared.intake.store;

/** What {@link RequestStore#create} found: the stored request, and whether this call created it. */
public record CreateResult(StoredRequest request, boolean created) {}
