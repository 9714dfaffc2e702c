package dev.opsflow.shared.ingress;

/**
 * What recording a message gave: its row id and execution name, and whether the row already existed ({@code
 * duplicate}: a retried delivery or a double submit, answered as a success that starts nothing new).
 */
public record Recorded(long id, String executionName, boolean duplicate, InboundStatus status) {}
