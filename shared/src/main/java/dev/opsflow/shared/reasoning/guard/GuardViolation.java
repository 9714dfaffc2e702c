package dev.opsflow.shared.reasoning.guard;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A value a guard dropped: which field, the value the agent gave, and why it was not accepted. */
public record GuardViolation(
    @JsonProperty("field") String field,
    @JsonProperty("value") String value,
    @JsonProperty("reason") String reason) {}
