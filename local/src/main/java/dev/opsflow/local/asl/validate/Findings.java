package dev.opsflow.local.asl.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics in the order the checks find them, which is the order AWS reports them in. */
final class Findings {
  static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void schema(Location at, String message) {
    error(SCHEMA, message, at);
  }

  void error(String code, String message, Location at) {
    diagnostics.add(Diagnostic.error(code, message, at == null ? null : at.text()));
  }

  void notSupported(Location at, String field) {
    schema(at, "Field '" + field + "' is not supported");
  }

  void required(Location at, String field) {
    schema(at, "These fields are required: [" + field + "]");
  }

  boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  List<Diagnostic> list() {
    return List.copyOf(diagnostics);
  }
}
