package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading HCL expressions without evaluating them: what an argument refers to, followed through the module's
 * locals. This is how the checks recognise the wiring idioms tofu/README.md documents.
 */
final class Expressions {
  private static final Pattern LOCAL_REF = Pattern.compile("\\blocal\\.([A-Za-z_][A-Za-z0-9_]*)");

  private Expressions() {}

  /** The source text of a value: expressions are strings already, literals are shown as JSON. */
  static String text(JsonNode value) {
    return value == null || value.isMissingNode() ? "" : value.isTextual() ? value.asText() : value.toString();
  }

  /** The argument itself (under the key {@code "<argument>"}) and every local it reaches, by name. */
  static Map<String, JsonNode> reach(JsonNode argument, Map<String, JsonNode> locals) {
    Map<String, JsonNode> reached = new LinkedHashMap<>();
    reached.put("<argument>", argument);
    Deque<String> pending = new ArrayDeque<>(localRefs(text(argument)));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (!reached.containsKey(name) && locals.containsKey(name)) {
        reached.put(name, locals.get(name));
        pending.addAll(localRefs(text(locals.get(name))));
      }
    }
    return reached;
  }

  /** True if any reached value's text contains every one of {@code parts}. */
  static boolean anyContainsAll(Map<String, JsonNode> reached, String... parts) {
    for (JsonNode value : reached.values()) {
      String text = text(value);
      boolean all = true;
      for (String part : parts) {
        all &= text.contains(part);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  static Set<String> localRefs(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = LOCAL_REF.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
