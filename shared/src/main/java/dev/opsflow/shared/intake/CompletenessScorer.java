package dev.opsflow.shared.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.config.FieldSpec;
import dev.opsflow.shared.config.QuestionFlow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a request's fields against the question flow. A field counts as present when it has a value: not null, not
 * blank text, not an empty list; {@code false} is an answer and counts. Without a known issue type only the common
 * fields are scored and {@code issue_type} is reported as a missing required field, since we cannot know what else
 * to ask. Pure: no I/O, same input, same score.
 */
public final class CompletenessScorer {
  /** Reported as missing when a request has no known issue type. */
  public static final String ISSUE_TYPE = "issue_type";

  private final QuestionFlow flow;

  public CompletenessScorer(QuestionFlow flow) {
    this.flow = Objects.requireNonNull(flow, "flow");
  }

  /** Scores the fields (request field name to value; values may be Java values or Jackson nodes). */
  public CompletenessScore score(String issueType, Map<String, ?> fields) {
    List<String> missingRequired = new ArrayList<>();
    List<String> missingOptional = new ArrayList<>();
    if (!flow.knows(issueType)) {
      missingRequired.add(ISSUE_TYPE);
    }
    double total = 0;
    double present = 0;
    for (FieldSpec field : flow.fieldsFor(issueType)) {
      total += field.weight();
      if (hasValue(fields.get(field.name()))) {
        present += field.weight();
      } else {
        (field.required() ? missingRequired : missingOptional).add(field.name());
      }
    }
    double score = total == 0 ? 1.0 : Math.round(present / total * 10_000) / 10_000.0;
    return new CompletenessScore(score, missingRequired.isEmpty(), missingRequired, missingOptional);
  }

  static boolean hasValue(Object value) {
    return switch (value) {
      case null -> false;
      case JsonNode node -> !node.isNull() && !node.isMissingNode() && !(node.isTextual() && node.asText().isBlank())
          && !(node.isContainerNode() && node.isEmpty());
      case CharSequence text -> !text.toString().isBlank();
      case Collection<?> list -> !list.isEmpty();
      case Map<?, ?> map -> !map.isEmpty();
      default -> true;
    };
  }
}
