package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The variables a frame can read: its own, then its parents' (a Parallel branch or inline Map iteration reads
 * outer scopes; a distributed Map iteration does not). Assignments always go to the frame's own scope, and take
 * effect when the assigning state exits, so every reference within one state sees the values from its entry.
 */
final class Scope {
  private final ExecutionState execution;
  private final Frame frame;

  Scope(ExecutionState execution, Frame frame) {
    this.execution = execution;
    this.frame = frame;
  }

  JsonNode lookup(String name) {
    for (Frame f = frame; f != null; f = outer(f)) {
      JsonNode value = f.variables.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** All visible variables, inner names hiding outer ones. */
  Map<String, JsonNode> all() {
    Deque<Frame> chain = new ArrayDeque<>();
    for (Frame f = frame; f != null; f = outer(f)) {
      chain.push(f);
    }
    Map<String, JsonNode> all = new HashMap<>();
    for (Frame f : chain) {
      for (Iterator<Map.Entry<String, JsonNode>> it = f.variables.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        all.put(e.getKey(), e.getValue());
      }
    }
    return all;
  }

  private Frame outer(Frame f) {
    if (f.parentId == null || f.isolated) {
      return null;
    }
    return execution.frames.get(f.parentId);
  }
}
