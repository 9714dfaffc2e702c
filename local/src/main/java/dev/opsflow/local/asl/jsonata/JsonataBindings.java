package dev.opsflow.local.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What a JSONata expression can see: {@code $states} (an object with {@code input}, {@code context} and, where
 * the field allows it, {@code result} or {@code errorOutput}) and the workflow variables in scope, each bound
 * as {@code $name}.
 */
public record JsonataBindings(ObjectNode states, Map<String, JsonNode> variables) {}
