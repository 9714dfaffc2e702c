package dev.opsflow.local.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a target receives for an event, as EventBridge computes it: the constant {@code Input}, the part of the
 * event at {@code InputPath}, the filled {@code InputTransformer} template, or else the whole event. JSON comes
 * out minified; a transformer's lines of quoted text come out as one string joined by newlines; text that is
 * not JSON is passed unchanged (and refused by state machine and Lambda targets).
 */
final class TargetInputs {
  /** Exactly one JSON value, numbers kept as written ({@code 2.50} stays {@code 2.50}: events are passed on, not rewritten). */
  private static final ObjectReader STRICT =
      Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private TargetInputs() {}

  /** The input text for {@code target} of the rule with ARN {@code ruleArn}. */
  static String compute(RuleTarget target, String ruleName, String ruleArn, ObjectNode event, String ingestionTime) {
    if (target.input() != null) {
      return target.input();
    }
    if (target.inputPath() != null) {
      return EventPath.parse(target.inputPath()).read(event).map(Json::write).orElse("");
    }
    if (target.inputTransformer() != null) {
      InputTransformer transformer = target.inputTransformer();
      Set<String> defined = new HashSet<>(transformer.inputPathsMap().keySet());
      defined.addAll(InputTemplates.PREDEFINED);
      Map<String, JsonNode> values = new HashMap<>();
      transformer.inputPathsMap().forEach((key, path) -> EventPath.parse(path).read(event).ifPresent(v -> values.put(key, v)));
      values.put("aws.events.rule-arn", TextNode.valueOf(ruleArn));
      values.put("aws.events.rule-name", TextNode.valueOf(ruleName));
      values.put("aws.events.event.ingestion-time", TextNode.valueOf(ingestionTime));
      ObjectNode withoutDetail = event.deepCopy();
      withoutDetail.remove("detail");
      values.put("aws.events.event", withoutDetail);
      values.put("aws.events.event.json", event);
      return interpret(InputTemplates.render(transformer.inputTemplate(), defined, values));
    }
    return Json.write(event);
  }

  /** Parses strictly (no trailing text, numbers as written); empty when {@code text} is not exactly one JSON value. */
  static Optional<JsonNode> parseJson(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(STRICT.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Parses JSON the bus itself wrote (stored events); numbers as written. */
  static JsonNode parseStored(String text) {
    return parseJson(text).orElseThrow(() -> new IllegalStateException("stored JSON does not parse: " + text));
  }

  private static String interpret(String filled) {
    Optional<JsonNode> json = parseJson(filled);
    if (json.isPresent()) {
      return Json.write(json.get());
    }
    List<String> lines = new ArrayList<>();
    for (String line : filled.strip().split("\\R")) {
      Optional<JsonNode> part = parseJson(line.strip());
      if (part.isEmpty() || !part.get().isTextual()) {
        return filled;
      }
      lines.add(part.get().asText());
    }
    return Json.write(TextNode.valueOf(String.join("\n", lines)));
  }
}
