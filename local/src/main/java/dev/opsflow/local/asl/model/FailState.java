package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Fail}: ends the execution with an error and cause (literal, path or JSONata). */
public record FailState(StateCommon common, JsonNode error, JsonNode errorPath, JsonNode cause, JsonNode causePath)
    implements State {}
