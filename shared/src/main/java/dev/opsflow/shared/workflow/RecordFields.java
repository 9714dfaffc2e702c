package dev.opsflow.shared.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.FieldSpec;
import dev.opsflow.shared.config.QuestionFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks values for a request record against the question flow of its issue type, whoever supplies them (the
 * extraction agent, staff in the review inbox): a field the flow does not ask for is refused, a choice must be
 * one of its choices (matched ignoring case and spaces), a yes/no field must say yes or no; text is trimmed.
 * Empty values are skipped. What is refused is reported with the reason, never silently lost.
 */
public final class RecordFields {
  private final QuestionFlow flow;

  public RecordFields(QuestionFlow flow) {
    this.flow = flow;
  }

  /** The accepted values (typed: booleans as JSON booleans) and the refused ones. */
  public record Checked(ObjectNode accepted, List<Refused> refused) {}

  /** A refused value and why. */
  public record Refused(String field, String value, String reason) {}

  /** Checks {@code values} (field name to text, boolean or JSON value) for {@code issueType}. */
  public Checked check(String issueType, Map<String, ?> values) {
    ObjectNode accepted = JsonNodeFactory.instance.objectNode();
    List<Refused> refused = new ArrayList<>();
    values.forEach((name, raw) -> {
      String text = text(raw);
      if (text == null || text.isBlank()) {
        return;
      }
      Optional<FieldSpec> spec = flow.field(issueType, name);
      if (spec.isEmpty()) {
        refused.add(new Refused(name, text, "not asked for " + (issueType == null ? "an unclassified request" : issueType)));
        return;
      }
      accept(spec.get(), text.strip(), accepted, refused);
    });
    return new Checked(accepted, List.copyOf(refused));
  }

  /** A record's fields as a map (name to JSON value), as the completeness scorer takes them. */
  public static Map<String, JsonNode> asMap(ObjectNode record) {
    Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
    record.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
    return values;
  }

  private static void accept(FieldSpec spec, String text, ObjectNode accepted, List<Refused> refused) {
    switch (spec.kind()) {
      case BOOLEAN -> yesOrNo(text).ifPresentOrElse(
          b -> accepted.put(spec.name(), b), () -> refused.add(new Refused(spec.name(), text, "not yes or no")));
      case CHOICE -> choice(spec, text).ifPresentOrElse(
          c -> accepted.put(spec.name(), c), () -> refused.add(new Refused(spec.name(), text, "not one of " + spec.choices())));
      default -> accepted.put(spec.name(), text);
    }
  }

  private static Optional<Boolean> yesOrNo(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y" -> Optional.of(true);
      case "false", "no", "n" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<String> choice(FieldSpec spec, String text) {
    String wanted = text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return spec.choices().stream().filter(c -> c.equalsIgnoreCase(wanted)).findFirst();
  }

  private static String text(Object raw) {
    return switch (raw) {
      case null -> null;
      case JsonNode node when node.isNull() || node.isMissingNode() || node.isContainerNode() -> null;
      case JsonNode node -> node.asText();
      default -> raw.toString();
    };
  }
}
