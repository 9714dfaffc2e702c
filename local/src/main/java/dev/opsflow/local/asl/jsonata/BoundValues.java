package dev.opsflow.local.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bindings of one template evaluation, converted to engine values once (on first use) and shared by all
 * the template's expressions: {@code $states} and each workflow variable as {@code $name}. JSONata never
 * mutates its inputs, so sharing is safe.
 */
final class BoundValues {
  private final JsonataBindings bindings;
  private Map<String, Object> converted;

  BoundValues(JsonataBindings bindings) {
    this.bindings = bindings;
  }

  /** Binds every value into {@code frame}. */
  void bindInto(Jsonata.Frame frame) {
    values().forEach(frame::bind);
  }

  private Map<String, Object> values() {
    if (converted == null) {
      Map<String, Object> values = new LinkedHashMap<>();
      if (bindings != null && bindings.variables() != null) {
        bindings.variables().forEach((name, value) -> values.put(withoutDollar(name), JsonataValues.toJava(value)));
      }
      if (bindings != null && bindings.states() != null) {
        values.put("states", JsonataValues.toJava(bindings.states()));
      }
      converted = values;
    }
    return converted;
  }

  private static String withoutDollar(String name) {
    return name.startsWith("$") ? name.substring(1) : name;
  }
}
