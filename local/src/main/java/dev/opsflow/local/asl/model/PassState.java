package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Pass}: passes (or replaces with {@code Result}) its input. */
public record PassState(StateCommon common, JsonNode result) implements State {}
