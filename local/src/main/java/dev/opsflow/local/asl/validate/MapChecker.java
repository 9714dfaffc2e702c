package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.StateMachineType;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Map: one ItemProcessor (or the legacy Iterator) holding a nested state machine and a valid ProcessorConfig,
 * and well-formed concurrency and tolerated-failure settings.
 */
final class MapChecker {
  private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");
  private static final String PROCESSORS = "[ItemProcessor, Iterator]";

  private MapChecker() {}

  static void check(StateScope map) {
    Findings findings = map.findings();
    processor(map, findings);
    PathSyntax.referencePath(map.field("ItemsPath"), map.at("ItemsPath"), findings, false);
    PathSyntax.payloadTemplate(map.field("ItemSelector"), map.at("ItemSelector"), findings);
    PathSyntax.payloadTemplate(map.field("Parameters"), map.at("Parameters"), findings);
    JsonNode items = map.field("Items");
    if (items != null && !items.isArray() && !FieldChecks.isJsonata(items)) {
      findings.schema(map.at("Items"), FieldChecks.expectedType("ARRAY"));
    }
    FieldChecks.exclusive(map.node(), map.at(), "MaxConcurrency", "MaxConcurrencyPath", findings);
    if (map.has("MaxConcurrency")) {
      FieldChecks.integerOrExpression(
          map.field("MaxConcurrency"), map.at("MaxConcurrency"), map.language(), findings, 0, null);
    }
    FieldChecks.exclusive(map.node(), map.at(), "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
        findings);
    JsonNode percentage = map.field("ToleratedFailurePercentage");
    if (percentage != null && !(map.jsonata() && FieldChecks.isJsonata(percentage))) {
      FieldChecks.number(percentage, map.at("ToleratedFailurePercentage"), findings, BigDecimal.ZERO,
          BigDecimal.valueOf(100));
    }
    FieldChecks.exclusive(map.node(), map.at(), "ToleratedFailureCount", "ToleratedFailureCountPath", findings);
    if (map.has("ToleratedFailureCount")) {
      FieldChecks.integerOrExpression(
          map.field("ToleratedFailureCount"), map.at("ToleratedFailureCount"), map.language(), findings, 0, null);
    }
    for (String path : new String[] {"MaxConcurrencyPath", "ToleratedFailurePercentagePath",
        "ToleratedFailureCountPath"}) {
      PathSyntax.referencePath(map.field(path), map.at(path), findings, false);
    }
  }

  private static void processor(StateScope map, Findings findings) {
    boolean hasProcessor = map.has("ItemProcessor");
    boolean hasIterator = map.has("Iterator");
    if (hasProcessor && hasIterator) {
      findings.schema(map.at(), "There should only be one of the following fields: " + PROCESSORS);
      return;
    }
    if (!hasProcessor && !hasIterator) {
      findings.schema(map.at(), "This object should have only one of the following fields: " + PROCESSORS);
      return;
    }
    String field = hasProcessor ? "ItemProcessor" : "Iterator";
    JsonNode processor = map.field(field);
    Location at = map.at(field);
    map.machine().nested().checkNested(processor, at, PROCESSOR_FIELDS);
    if (processor.isObject() && processor.has("ProcessorConfig")) {
      processorConfig(processor.get("ProcessorConfig"), at.field("ProcessorConfig"), map.machine(), findings);
    }
  }

  private static void processorConfig(JsonNode config, Location at, MachineContext machine, Findings findings) {
    if (!FieldChecks.object(config, at, findings)) {
      return;
    }
    config.fieldNames().forEachRemaining(field -> {
      if (!field.equals("Mode") && !field.equals("ExecutionType")) {
        findings.notSupported(at, field);
      }
    });
    JsonNode mode = config.get("Mode");
    boolean distributed = mode != null && "DISTRIBUTED".equals(mode.asText());
    if (mode != null && FieldChecks.string(mode, at.field("Mode"), findings)
        && !distributed && !"INLINE".equals(mode.asText())) {
      findings.schema(at.field("Mode"), "Value should be one of the following: [INLINE, DISTRIBUTED]");
    }
    JsonNode executionType = config.get("ExecutionType");
    if (distributed && executionType == null) {
      findings.required(at, "ExecutionType");
    } else if (!distributed && executionType != null) {
      findings.notSupported(at, "ExecutionType");
    } else if (executionType != null && FieldChecks.string(executionType, at.field("ExecutionType"), findings)
        && !Set.of("STANDARD", "EXPRESS").contains(executionType.asText())) {
      findings.schema(at.field("ExecutionType"), "Value should be one of the following: [STANDARD, EXPRESS]");
    }
    if (distributed && machine.type() == StateMachineType.EXPRESS) {
      findings.schema(
          at.field("Mode"),
          "The field 'Mode' with value 'DISTRIBUTED' is not supported inside 'EXPRESS' state machines");
    }
  }
}
