package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/** States.UUID: a random version 4 UUID in its usual lowercase text form; it takes no arguments. */
final class UuidFunction {
  private UuidFunction() {}

  static Map<String, IntrinsicFunction> all() {
    return Map.of("States.UUID", UuidFunction::uuid);
  }

  static JsonNode uuid(IntrinsicArguments args) {
    args.requireCount(0);
    return JsonValues.NODES.textNode(UUID.randomUUID().toString());
  }
}
