package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The business request an execution serves, for logs and traces: its business key when the starter gave one,
 * else {@code request.id} of its input (the intake workflow's input contract), else null.
 */
final class RequestIds {
  private RequestIds() {}

  static String of(ExecutionState ex) {
    if (ex.businessKey != null) {
      return ex.businessKey;
    }
    JsonNode id = ex.input == null ? null : ex.input.path("request").get("id");
    return id != null && id.isTextual() ? id.asText() : null;
  }
}
