package dev.opsflow.local.asl.model;

/** {@code Succeed}: ends its block successfully. */
public record SucceedState(StateCommon common) implements State {}
