package dev.opsflow.local.asl.model;

import java.util.List;

/** One entry of a state's {@code Retry}, with AWS's defaults applied. */
public record Retrier(
    List<String> errorEquals,
    double intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Integer maxDelaySeconds,
    boolean fullJitter) {}
