package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code Choice}: the first matching rule picks the next state, else {@code Default}. */
public record ChoiceState(StateCommon common, List<Rule> choices, String defaultNext) implements State {
  /** A top-level choice rule: its condition (raw rule or JSONata {@code Condition}) and its transition. */
  public record Rule(JsonNode rule, String next, JsonNode assign, JsonNode output) {}
}
