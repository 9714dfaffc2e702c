package dev.opsflow.local.asl.model;

import java.util.Map;

/**
 * A {@code StartAt} plus its {@code States}: the top level of a machine, a Parallel branch or a Map's item
 * processor. {@code path} locates it in the definition ({@code ""}, {@code "/States/P/Branches/0"} ...).
 */
public record StatesBlock(String path, String startAt, Map<String, State> states) {
  public State state(String name) {
    State state = states.get(name);
    if (state == null) {
      throw new IllegalStateException("No state '" + name + "' in " + (path.isEmpty() ? "/" : path));
    }
    return state;
  }
}
