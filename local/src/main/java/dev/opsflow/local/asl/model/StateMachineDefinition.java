package dev.opsflow.local.asl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed, validated state machine. Every nested block (Parallel branches, Map item processors) is indexed by
 * its path so an execution can name the block it is running in with a plain string that survives a restart.
 */
public record StateMachineDefinition(
    ObjectNode raw, StatesBlock top, QueryLanguage queryLanguage, JsonNode timeoutSeconds, Map<String, StatesBlock> blocks) {

  public StatesBlock block(String path) {
    StatesBlock block = blocks.get(path);
    if (block == null) {
      throw new IllegalStateException("No block at " + path);
    }
    return block;
  }

  static Map<String, StatesBlock> index(StatesBlock top) {
    Map<String, StatesBlock> blocks = new HashMap<>();
    collect(top, blocks);
    return Map.copyOf(blocks);
  }

  private static void collect(StatesBlock block, Map<String, StatesBlock> into) {
    into.put(block.path(), block);
    for (State state : block.states().values()) {
      switch (state) {
        case ParallelState p -> p.branches().forEach(b -> collect(b, into));
        case MapState m -> collect(m.processor(), into);
        default -> {}
      }
    }
  }
}
