package dev.opsflow.local.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/** Evaluates JSONata-mode fields ({@code "{% expr %}"} strings, possibly nested in objects and arrays). */
public final class JsonataEvaluator {
  /**
   * Evaluates {@code template} for the field named {@code field} (e.g. {@code Output}, {@code Arguments}):
   * every string of the form {@code {% expr %}} is replaced by the expression's value, everything else is
   * copied. Returns {@code null} only where AWS allows an undefined result; otherwise throws
   * {@link dev.opsflow.local.asl.StatesException} ({@code States.QueryEvaluationError}) with AWS's message,
   * without the "An error occurred while executing the state ..." prefix, which the engine adds.
   */
  public JsonNode evaluate(String field, JsonNode template, JsonataBindings bindings) {
    throw new UnsupportedOperationException("JSONata not yet implemented for " + field);
  }
}
