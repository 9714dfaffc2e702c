package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code Wait}: delays for {@code Seconds} or until {@code Timestamp} (or their Path forms). */
public record WaitState(StateCommon common, JsonNode seconds, JsonNode secondsPath, JsonNode timestamp, JsonNode timestampPath)
    implements State {}
