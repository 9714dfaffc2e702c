package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of evaluating one path: the value found, or why nothing was found. Callers turn a
 * {@link Missing} into the message AWS writes for the field being evaluated, which is why the
 * reason and the searched document travel with it instead of being thrown right away.
 */
sealed interface PathLookup {

  /** The path selected {@code value} (a fresh copy, safe to modify). */
  record Found(JsonNode value) implements PathLookup {}

  /**
   * The path selected nothing. {@code searched} is the document the path ran against (the state
   * input, the context object or a variable's value; null for an undefined variable) and {@code
   * reason} is the JSONPath library's explanation, e.g. {@code No results for path: $['a']}.
   */
  record Missing(String path, JsonNode searched, String reason) implements PathLookup {}
}
