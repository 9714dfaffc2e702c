package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Fields shared by several state types: Next/End, Comment, the JSONPath input/output paths, and Assign. */
final class CommonFields {
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private CommonFields() {}

  static void check(StateScope state) {
    Findings findings = state.findings();
    if (state.has("Comment")) {
      FieldChecks.string(state.field("Comment"), state.at("Comment"), findings);
    }
    if (state.type().hasTransition()) {
      transition(state, findings);
    }
    PathSyntax.path(state.field("InputPath"), state.at("InputPath"), findings);
    PathSyntax.path(state.field("OutputPath"), state.at("OutputPath"), findings);
    PathSyntax.referencePath(state.field("ResultPath"), state.at("ResultPath"), findings, true);
    PathSyntax.payloadTemplate(state.field("ResultSelector"), state.at("ResultSelector"), findings);
    assign(state.field("Assign"), state.at("Assign"), state.language(), findings);
  }

  /** Exactly one of Next (a state name) and End (true). */
  private static void transition(StateScope state, Findings findings) {
    JsonNode next = state.field("Next");
    JsonNode end = state.field("End");
    if (next != null) {
      FieldChecks.string(next, state.at("Next"), findings);
    }
    if (end != null) {
      FieldChecks.bool(end, state.at("End"), findings);
    }
    boolean ends = end != null && end.asBoolean(false);
    if (next != null && ends) {
      findings.schema(state.at(), "There should only be one of the following fields: [Next, End]");
    } else if (next == null && !ends) {
      findings.schema(state.at(), "This object should have only one of the following fields: [Next, End]");
    }
  }

  /** Assign: an object whose keys are variable names ({@code name.$} in JSONPath, where the value is a path). */
  static void assign(JsonNode assign, Location at, QueryLanguage language, Findings findings) {
    if (assign == null || !FieldChecks.object(assign, at, findings)) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = assign.properties().iterator(); it.hasNext(); ) {
      String key = it.next().getKey();
      String variable = language == QueryLanguage.JSONPATH && key.endsWith(".$") ? key.substring(0, key.length() - 2)
          : key;
      if ("states".equals(variable)) {
        findings.error("RESERVED_VARIABLE_NAME", "Cannot assign to reserved variable '$states'.", at.field(key));
      } else if (!VARIABLE_NAME.matcher(variable).matches()) {
        findings.error(
            "INVALID_VARIABLE_NAME",
            "Invalid variable name '" + variable + "': the variable name contains invalid characters.",
            at.field(key));
      }
    }
    if (language == QueryLanguage.JSONPATH) {
      PathSyntax.payloadTemplate(assign, at, findings);
    }
  }
}
