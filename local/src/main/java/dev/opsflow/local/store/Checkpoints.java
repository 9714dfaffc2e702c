package dev.opsflow.local.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.shared.json.Json;
import java.io.UncheckedIOException;

/**
 * Turns an {@link ExecutionState} into the checkpoint column and back. The engine keeps the state's fields
 * package-private; Jackson (field visibility) is the one sanctioned way in, so the store also uses it to set
 * the version a successful commit produced.
 */
final class Checkpoints {
  private Checkpoints() {}

  /** The checkpoint text of {@code state} as it will be after the commit, at {@code version}. */
  static String write(ExecutionState state, long version) {
    ObjectNode tree = Json.MAPPER.valueToTree(state);
    tree.put("version", version);
    return Json.write(tree);
  }

  static ExecutionState read(String checkpoint, long version) {
    try {
      ExecutionState state = Json.MAPPER.readValue(checkpoint, ExecutionState.class);
      setVersion(state, version);
      return state;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Unreadable execution checkpoint", e);
    }
  }

  /** Tells the caller's copy which version it now is, as the in-memory store does after a commit. */
  static void setVersion(ExecutionState state, long version) {
    try {
      Json.MAPPER.readerForUpdating(state).readValue("{\"version\":" + version + "}");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
