package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the definition text into a JSON object, or into the one diagnostic AWS gives when it cannot: a syntax
 * error is INVALID_JSON_DESCRIPTION with the message of AWS's (Jackson 2.x) parser, whose location names the
 * source the old way ({@code [Source: (String)"..."; line: 1, column: 4]}); valid JSON that is not an object
 * (or nothing at all) is "Definition must be a valid JSON object".
 */
final class DefinitionText {
  private static final int SOURCE_EXCERPT = 500;
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']*)'");

  /** Either the parsed object or the diagnostic explaining why there is none. */
  record Parsed(Optional<JsonNode> root, Optional<Diagnostic> problem) {}

  private DefinitionText() {}

  static Parsed parse(String text) {
    if (text == null) {
      return problem(notAnObject());
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return problem(invalidJson(text, e));
    }
    if (root == null || !root.isObject()) {
      return problem(notAnObject());
    }
    return new Parsed(Optional.of(root), Optional.empty());
  }

  private static Parsed problem(Diagnostic diagnostic) {
    return new Parsed(Optional.empty(), Optional.of(diagnostic));
  }

  private static Diagnostic notAnObject() {
    return Diagnostic.error(Findings.SCHEMA, "Definition must be a valid JSON object", null);
  }

  private static Diagnostic invalidJson(String text, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String location =
        "[Source: (String)"
            + sourceExcerpt(text)
            + "; line: "
            + (where == null ? 1 : where.getLineNr())
            + ", column: "
            + column(e, where)
            + "]";
    return Diagnostic.error("INVALID_JSON_DESCRIPTION", e.getOriginalMessage() + "\n at " + location, location);
  }

  /**
   * AWS's older Jackson pointed just after an unrecognized token ("not" at column 1 is reported at column 4);
   * newer ones point at its start, so the token's length is added back.
   */
  private static int column(JsonProcessingException e, JsonLocation where) {
    if (where == null) {
      return 1;
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(e.getOriginalMessage());
    return where.getColumnNr() + (token.lookingAt() ? token.group(1).length() : 0);
  }

  private static String sourceExcerpt(String text) {
    if (text.length() <= SOURCE_EXCERPT) {
      return "\"" + text + "\"";
    }
    return "\"" + text.substring(0, SOURCE_EXCERPT) + "\"[truncated " + (text.length() - SOURCE_EXCERPT)
        + " chars]";
  }
}
