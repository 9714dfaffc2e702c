package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Task}: invokes a resource (a Lambda function or a service integration). */
public record TaskState(
    StateCommon common,
    String resource,
    JsonNode timeoutSeconds,
    JsonNode timeoutSecondsPath,
    JsonNode heartbeatSeconds,
    JsonNode heartbeatSecondsPath,
    JsonNode credentials)
    implements State {}
