package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text per JSON value, so a hash computed over a value before it was stored matches the hash of the same
 * value read back from a {@code jsonb} column (which drops key order, whitespace and trailing zeros): object keys
 * sorted by code point, no whitespace, numbers in plain decimal notation without trailing zeros ({@code 1.50},
 * {@code 1.5e0} and {@code 1.5} all become {@code 1.5}), strings escaped as JSON requires.
 */
final class CanonicalJson {
  private CanonicalJson() {}

  static String of(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else {
      string(node.asText(), out);
    }
  }

  private static void string(String value, StringBuilder out) {
    out.append('"');
    out.append(JsonStringEncoder.getInstance().quoteAsString(value));
    out.append('"');
  }
}
