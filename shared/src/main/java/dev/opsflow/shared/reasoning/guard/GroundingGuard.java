package dev.opsflow.shared.reasoning.guard;

import dev.opsflow.shared.config.QuestionFlow;
import dev.opsflow.shared.reasoning.ExtractedField;
import dev.opsflow.shared.reasoning.FieldNames;
import dev.opsflow.shared.reasoning.ReasoningResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enforces "never fabricate a field value": every extracted value must be grounded in the input text, or it
 * is dropped and reported as a {@link GuardViolation}. Phones are grounded when their digits appear in the
 * text in any format or spoken; emails when present (written or spoken); names, addresses, times and other
 * text when each of their words appears (case-insensitive, street suffixes in either form); a description
 * when most of its words do; choice and yes/no fields when their evidence quote does.
 */
public final class GroundingGuard {
  private static final Map<String, FieldKind> DEFAULT_KINDS =
      Map.ofEntries(
          Map.entry(FieldNames.CUSTOMER_NAME, FieldKind.NAME), Map.entry(FieldNames.PHONE, FieldKind.PHONE),
          Map.entry(FieldNames.EMAIL, FieldKind.EMAIL), Map.entry(FieldNames.ADDRESS, FieldKind.ADDRESS),
          Map.entry(FieldNames.PREFERRED_TIME, FieldKind.DATETIME), Map.entry(FieldNames.DESCRIPTION, FieldKind.SUMMARY),
          Map.entry("fixture", FieldKind.CHOICE), Map.entry("system_type", FieldKind.CHOICE),
          Map.entry("appliance_type", FieldKind.CHOICE), Map.entry("water_shut_off", FieldKind.BOOLEAN),
          Map.entry("breaker_tripped", FieldKind.BOOLEAN), Map.entry("burning_smell", FieldKind.BOOLEAN));

  private final Map<String, FieldKind> kinds;

  /** A guard that knows the contract's field kinds; other fields are checked as text. */
  public GroundingGuard() {
    this(Map.of());
  }

  /** A guard with extra field kinds (e.g. from the question flow) on top of the defaults. */
  public GroundingGuard(Map<String, FieldKind> extraKinds) {
    Map<String, FieldKind> all = new HashMap<>(DEFAULT_KINDS);
    all.putAll(extraKinds);
    this.kinds = Map.copyOf(all);
  }

  /** A guard that checks each field by its kind in the question flow (the description stays a summary). */
  public static GroundingGuard forQuestionFlow(QuestionFlow flow) {
    Map<String, FieldKind> kinds = new HashMap<>();
    flow.commonFields().forEach(f -> kinds.put(f.name(), FieldKind.of(f.kind())));
    flow.issueTypes().values().forEach(t -> t.fields().forEach(f -> kinds.putIfAbsent(f.name(), FieldKind.of(f.kind()))));
    kinds.put(FieldNames.DESCRIPTION, FieldKind.SUMMARY);
    return new GroundingGuard(kinds);
  }

  /** The result with ungrounded values removed and one violation per removed value. */
  public ReasoningResult apply(ReasoningResult result, String inputText) {
    Grounding grounding = new Grounding(inputText);
    Map<String, ExtractedField> kept = new LinkedHashMap<>();
    List<GuardViolation> violations = new ArrayList<>();
    result.fields().forEach((name, field) -> {
      String problem = grounding.problem(kinds.getOrDefault(name, FieldKind.TEXT), field.value(), field.evidence());
      if (problem == null) {
        kept.put(name, field);
      } else {
        violations.add(new GuardViolation(name, field.value(), problem));
      }
    });
    return violations.isEmpty() ? result : result.withFields(kept, violations);
  }
}
