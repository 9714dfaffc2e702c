package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed model from a definition that has passed validation. It applies AWS's defaults (Retry
 * intervals, query language inheritance) so the interpreter never has to.
 */
public final class DefinitionParser {
  private DefinitionParser() {}

  public static StateMachineDefinition parse(ObjectNode raw) {
    QueryLanguage language = QueryLanguage.parse(text(raw, "QueryLanguage"), QueryLanguage.JSONPATH);
    StatesBlock top = block("", raw, language);
    return new StateMachineDefinition(raw, top, language, raw.get("TimeoutSeconds"), StateMachineDefinition.index(top));
  }

  private static StatesBlock block(String path, JsonNode node, QueryLanguage language) {
    Map<String, State> states = new LinkedHashMap<>();
    JsonNode statesNode = node.path("States");
    for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      states.put(entry.getKey(), state(path + "/States/" + entry.getKey(), entry.getKey(), (ObjectNode) entry.getValue(), language));
    }
    return new StatesBlock(path, text(node, "StartAt"), states);
  }

  private static State state(String path, String name, ObjectNode raw, QueryLanguage inherited) {
    QueryLanguage language = QueryLanguage.parse(text(raw, "QueryLanguage"), inherited);
    String type = text(raw, "Type");
    StateCommon common =
        new StateCommon(
            name,
            type,
            language,
            raw,
            text(raw, "Next"),
            raw.path("End").asBoolean(false),
            raw.get("InputPath"),
            raw.get("OutputPath"),
            raw.get("ResultPath"),
            raw.get("Parameters"),
            raw.get("ResultSelector"),
            raw.get("Arguments"),
            raw.get("Output"),
            raw.get("Assign"),
            retriers(raw.get("Retry")),
            catchers(raw.get("Catch")));
    return switch (type) {
      case "Pass" -> new PassState(common, raw.get("Result"));
      case "Succeed" -> new SucceedState(common);
      case "Fail" -> new FailState(common, raw.get("Error"), raw.get("ErrorPath"), raw.get("Cause"), raw.get("CausePath"));
      case "Wait" ->
          new WaitState(common, raw.get("Seconds"), raw.get("SecondsPath"), raw.get("Timestamp"), raw.get("TimestampPath"));
      case "Choice" -> new ChoiceState(common, rules(raw.get("Choices")), text(raw, "Default"));
      case "Task" ->
          new TaskState(
              common,
              text(raw, "Resource"),
              raw.get("TimeoutSeconds"),
              raw.get("TimeoutSecondsPath"),
              raw.get("HeartbeatSeconds"),
              raw.get("HeartbeatSecondsPath"),
              raw.get("Credentials"));
      case "Parallel" -> {
        List<StatesBlock> branches = new ArrayList<>();
        JsonNode list = raw.path("Branches");
        for (int i = 0; i < list.size(); i++) {
          branches.add(block(path + "/Branches/" + i, list.get(i), language));
        }
        yield new ParallelState(common, branches);
      }
      case "Map" -> map(path, common, raw, language);
      default -> throw new IllegalArgumentException("Unknown state type " + type + " at " + path);
    };
  }

  private static MapState map(String path, StateCommon common, ObjectNode raw, QueryLanguage language) {
    JsonNode processorNode = raw.has("ItemProcessor") ? raw.get("ItemProcessor") : raw.get("Iterator");
    String key = raw.has("ItemProcessor") ? "/ItemProcessor" : "/Iterator";
    boolean distributed = "DISTRIBUTED".equals(processorNode.path("ProcessorConfig").path("Mode").asText("INLINE"));
    JsonNode selector = raw.has("ItemSelector") ? raw.get("ItemSelector") : raw.get("Parameters");
    return new MapState(
        common,
        block(path + key, processorNode, language),
        distributed,
        raw.get("ItemsPath"),
        raw.get("Items"),
        selector,
        raw.get("ItemBatcher"),
        raw.get("ItemReader"),
        raw.get("ResultWriter"),
        raw.get("MaxConcurrency"),
        raw.get("MaxConcurrencyPath"),
        raw.get("ToleratedFailureCount"),
        raw.get("ToleratedFailureCountPath"),
        raw.get("ToleratedFailurePercentage"),
        raw.get("ToleratedFailurePercentagePath"),
        text(raw, "Label"));
  }

  private static List<ChoiceState.Rule> rules(JsonNode choices) {
    List<ChoiceState.Rule> rules = new ArrayList<>();
    if (choices != null) {
      for (JsonNode rule : choices) {
        rules.add(new ChoiceState.Rule(rule, text(rule, "Next"), rule.get("Assign"), rule.get("Output")));
      }
    }
    return List.copyOf(rules);
  }

  private static List<Retrier> retriers(JsonNode retry) {
    List<Retrier> list = new ArrayList<>();
    if (retry != null) {
      for (JsonNode r : retry) {
        list.add(
            new Retrier(
                strings(r.get("ErrorEquals")),
                r.path("IntervalSeconds").asDouble(1),
                r.path("MaxAttempts").asInt(3),
                r.path("BackoffRate").asDouble(2.0),
                r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").asInt() : null,
                "FULL".equals(r.path("JitterStrategy").asText("NONE"))));
      }
    }
    return List.copyOf(list);
  }

  private static List<Catcher> catchers(JsonNode catchNode) {
    List<Catcher> list = new ArrayList<>();
    if (catchNode != null) {
      for (JsonNode c : catchNode) {
        list.add(new Catcher(strings(c.get("ErrorEquals")), text(c, "Next"), c.get("ResultPath"), c.get("Output"), c.get("Assign")));
      }
    }
    return List.copyOf(list);
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> list.add(n.asText()));
    }
    return List.copyOf(list);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
