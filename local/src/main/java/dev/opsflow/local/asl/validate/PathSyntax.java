package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The syntax AWS requires of JSONPath-mode path fields: a Path ({@code InputPath}, {@code OutputPath}) starts with
 * {@code $}; a Reference Path ({@code ResultPath}, {@code ItemsPath}, {@code SecondsPath}, a Choice
 * {@code Variable} ...) also names one node only (no wildcard, filter, slice, union or deep scan); a payload
 * template's {@code .$} value is a path or an intrinsic function call (whose inner syntax is checked elsewhere).
 */
final class PathSyntax {
  private static final Pattern QUOTED_SEGMENT = Pattern.compile("\\['(?:[^'\\\\]|\\\\.)*'\\]");
  private static final Pattern NON_SINGULAR = Pattern.compile("\\*|\\.\\.|\\?\\(|@|\\[[^\\]]*[:,][^\\]]*\\]");

  private PathSyntax() {}

  /** InputPath and OutputPath: null (discard) or a path. */
  static void path(JsonNode node, Location at, Findings findings) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isTextual() || !node.asText().startsWith("$")) {
      findings.schema(at, "Value must be a valid JSONPath.");
    }
  }

  /** A Reference Path; {@code nullable} for ResultPath, where null means "keep the input". */
  static void referencePath(JsonNode node, Location at, Findings findings, boolean nullable) {
    if (node == null || (nullable && node.isNull())) {
      return;
    }
    if (!FieldChecks.string(node, at, findings)) {
      return;
    }
    String path = node.asText();
    if (!path.startsWith("$")) {
      findings.schema(at, "Value is not a Reference Path: Reference path didn't start with '$'");
    } else if (NON_SINGULAR.matcher(QUOTED_SEGMENT.matcher(path).replaceAll("")).find()) {
      findings.schema(at, "Value is not a Reference Path: Reference path must identify a single node");
    }
  }

  /** ErrorPath and CausePath: a Reference Path or an intrinsic function call. */
  static void referencePathOrIntrinsic(JsonNode node, Location at, Findings findings) {
    if (node != null && node.isTextual() && node.asText().startsWith("States.")) {
      return;
    }
    referencePath(node, at, findings, false);
  }

  /** Every {@code key.$} inside a payload template (Parameters, ResultSelector, ItemSelector, Assign). */
  static void payloadTemplate(JsonNode node, Location at, Findings findings) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        payloadTemplate(node.get(i), at.index(i), findings);
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Location fieldAt = at.field(field.getKey());
      if (field.getKey().endsWith(".$")) {
        dynamicValue(field.getKey(), field.getValue(), fieldAt, findings);
      } else {
        payloadTemplate(field.getValue(), fieldAt, findings);
      }
    }
  }

  private static void dynamicValue(String key, JsonNode value, Location at, Findings findings) {
    boolean valid =
        value.isTextual() && (value.asText().startsWith("$") || value.asText().startsWith("States."));
    if (!valid) {
      findings.schema(
          at, "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call");
    }
  }
}
