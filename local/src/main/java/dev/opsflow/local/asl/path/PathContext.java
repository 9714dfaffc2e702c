package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Resolves the reference paths that JSONPath-mode fields and intrinsic-function arguments may use:
 * {@code $...} against the state's current data, {@code $$...} against the context object, and
 * {@code $name...} against the variables in scope.
 */
public interface PathContext {
  /**
   * Resolves {@code path}; throws {@link dev.opsflow.local.asl.StatesException} with AWS's error and message
   * when the path is invalid or finds nothing.
   */
  JsonNode resolve(String path);
}
