package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A task token awaiting SendTaskSuccess / SendTaskFailure: the review inbox's rows. */
public record OpenToken(String token, String executionArn, String stateName, JsonNode taskInput, Instant since) {}
