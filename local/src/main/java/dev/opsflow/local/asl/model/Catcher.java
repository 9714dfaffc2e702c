package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One entry of a state's {@code Catch}. */
public record Catcher(List<String> errorEquals, String next, JsonNode resultPath, JsonNode output, JsonNode assign) {}
