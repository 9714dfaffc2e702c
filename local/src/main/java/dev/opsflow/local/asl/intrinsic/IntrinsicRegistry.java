package dev.opsflow.local.asl.intrinsic;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The 18 intrinsics by name, gathered from their families. */
final class IntrinsicRegistry {
  private static final Map<String, IntrinsicFunction> FUNCTIONS = collect();

  private IntrinsicRegistry() {}

  static boolean isKnown(String name) {
    return FUNCTIONS.containsKey(name);
  }

  static Optional<IntrinsicFunction> find(String name) {
    return Optional.ofNullable(FUNCTIONS.get(name));
  }

  static int size() {
    return FUNCTIONS.size();
  }

  private static Map<String, IntrinsicFunction> collect() {
    Map<String, IntrinsicFunction> functions = new HashMap<>();
    functions.putAll(ArrayFunctions.all());
    functions.putAll(StringFunctions.all());
    functions.putAll(JsonFunctions.all());
    functions.putAll(MathFunctions.all());
    functions.putAll(EncodingFunctions.all());
    functions.putAll(UuidFunction.all());
    return Map.copyOf(functions);
  }
}
