package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Finds the state machines nested in a States object: Parallel branches and Map item processors. */
final class NestedMachines {
  private NestedMachines() {}

  static void forEach(JsonNode states, Location statesAt, BiConsumer<JsonNode, Location> visitor) {
    for (Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode state = entry.getValue();
      Location at = statesAt.field(entry.getKey());
      if (!state.isObject()) {
        continue;
      }
      JsonNode branches = state.get("Branches");
      if (branches != null && branches.isArray()) {
        for (int i = 0; i < branches.size(); i++) {
          if (branches.get(i).isObject()) {
            visitor.accept(branches.get(i), at.field("Branches").index(i));
          }
        }
      }
      for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
        if (state.path(processor).isObject()) {
          visitor.accept(state.get(processor), at.field(processor));
        }
      }
    }
  }
}
