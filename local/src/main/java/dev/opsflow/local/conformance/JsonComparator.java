package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares our JSON with AWS's recorded JSON by the corpus's rules: numbers by value ({@code 1.0} equals
 * {@code 1}, since the recording lost number formatting), objects by key set regardless of order, arrays
 * element by element, strings under the case's {@link Placeholders}. Reports only the first difference, in
 * document order of the expected value.
 */
public final class JsonComparator {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$-]*");

  private JsonComparator() {}

  /** The first difference between {@code expected} and {@code actual} (null or missing means "no value"). */
  public static Optional<Mismatch> compare(
      String path, JsonNode expected, JsonNode actual, Placeholders placeholders) {
    boolean expectedAbsent = expected == null || expected.isMissingNode();
    boolean actualAbsent = actual == null || actual.isMissingNode();
    if (expectedAbsent || actualAbsent) {
      return expectedAbsent && actualAbsent
          ? Optional.empty()
          : Optional.of(new Mismatch(path, text(expected), text(actual)));
    }
    if (expected.isTextual() && placeholders.isWholeValueWildcard(expected.asText())) {
      return Optional.empty();
    }
    if (expected.isObject() && actual.isObject()) {
      return compareObjects(path, expected, actual, placeholders);
    }
    if (expected.isArray() && actual.isArray()) {
      return compareArrays(path, expected, actual, placeholders);
    }
    return scalarsEqual(expected, actual, placeholders)
        ? Optional.empty()
        : Optional.of(new Mismatch(path, text(expected), text(actual)));
  }

  private static Optional<Mismatch> compareObjects(
      String path, JsonNode expected, JsonNode actual, Placeholders placeholders) {
    for (Map.Entry<String, JsonNode> field : expected.properties()) {
      Optional<Mismatch> difference =
          compare(child(path, field.getKey()), field.getValue(), actual.get(field.getKey()), placeholders);
      if (difference.isPresent()) {
        return difference;
      }
    }
    Iterator<String> actualNames = actual.fieldNames();
    while (actualNames.hasNext()) {
      String name = actualNames.next();
      if (!expected.has(name)) {
        return Optional.of(new Mismatch(child(path, name), Mismatch.MISSING, text(actual.get(name))));
      }
    }
    return Optional.empty();
  }

  private static Optional<Mismatch> compareArrays(
      String path, JsonNode expected, JsonNode actual, Placeholders placeholders) {
    int common = Math.min(expected.size(), actual.size());
    for (int i = 0; i < common; i++) {
      Optional<Mismatch> difference =
          compare(path + "[" + i + "]", expected.get(i), actual.get(i), placeholders);
      if (difference.isPresent()) {
        return difference;
      }
    }
    if (expected.size() != actual.size()) {
      return Optional.of(
          new Mismatch(
              path + ".length",
              expected.size() + " items " + text(expected),
              actual.size() + " items " + text(actual)));
    }
    return Optional.empty();
  }

  private static boolean scalarsEqual(JsonNode expected, JsonNode actual, Placeholders placeholders) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isTextual() && actual.isTextual()) {
      return placeholders.stringMatches(expected.asText(), actual.asText());
    }
    return expected.equals(actual);
  }

  private static String child(String path, String name) {
    String separator = path.isEmpty() ? "" : ".";
    return IDENTIFIER.matcher(name).matches()
        ? path + separator + name
        : path + "[" + Json.write(Json.MAPPER.getNodeFactory().textNode(name)) + "]";
  }

  static String text(JsonNode node) {
    return node == null || node.isMissingNode() ? Mismatch.MISSING : Json.write(node);
  }
}
