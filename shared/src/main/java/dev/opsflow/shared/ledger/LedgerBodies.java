package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a request or response body is kept in the ledger's {@code jsonb} column, secrets redacted: JSON as itself,
 * a form ({@code application/x-www-form-urlencoded}) as an object of its decoded fields, other text as a JSON
 * string. A body too large to keep ({@value #MAX_CHARS} characters) or holding NUL characters (which {@code
 * jsonb} cannot store) is kept as its size and SHA-256, so it stays traceable without bloating the ledger.
 */
final class LedgerBodies {
  static final int MAX_CHARS = 64 * 1024;

  private LedgerBodies() {}

  static JsonNode of(String contentType, String text, Redactor redactor) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() > MAX_CHARS || text.indexOf('\u0000') >= 0) {
      ObjectNode digest = JsonNodeFactory.instance.objectNode();
      digest.put("omitted", text.length() > MAX_CHARS ? "too large" : "not text");
      digest.put("chars", text.length());
      digest.put("sha256", sha256(text));
      return digest;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return redactor.json(form(text));
    }
    if (type.contains("json") || text.startsWith("{") || text.startsWith("[")) {
      try {
        return redactor.json(Json.parse(text));
      } catch (IllegalArgumentException notJson) {
        // Declared or looking like JSON but not: kept as the text it is.
      }
    }
    return JsonNodeFactory.instance.textNode(redactor.text(text));
  }

  /** {@code a=1&b=x&b=y} as {@code {"a":"1","b":["x","y"]}}. */
  static ObjectNode form(String text) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      JsonNode existing = fields.get(name);
      if (existing == null) {
        fields.put(name, value);
      } else if (existing.isArray()) {
        ((ArrayNode) existing).add(value);
      } else {
        fields.set(name, JsonNodeFactory.instance.arrayNode().add(existing).add(value));
      }
    }
    return fields;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
