package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One field of the question flow: its snake_case name (the request record's key), the label staff see, the question
 * put to a customer when it is missing, whether the request is incomplete without it, and its weight in the
 * completeness score.
 */
public record FieldSpec(
    String name, String label, String question, Kind kind, List<String> choices, boolean required, double weight) {

  /** What sort of value the field holds; extraction and display use it. */
  public enum Kind {
    NAME, PHONE, EMAIL, ADDRESS, DATETIME, TEXT, CHOICE, BOOLEAN;

    static Kind fromWire(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    choices = List.copyOf(choices);
    if (weight < 0) {
      throw new IllegalArgumentException("weight must not be negative: " + name);
    }
  }

  static FieldSpec fromJson(JsonNode node) {
    return new FieldSpec(
        Nodes.text(node, "name"),
        Nodes.text(node, "label"),
        Nodes.text(node, "question"),
        Kind.fromWire(Nodes.text(node, "kind")),
        Nodes.strings(node.path("choices")),
        node.path("required").asBoolean(),
        node.path("weight").asDouble());
  }
}
