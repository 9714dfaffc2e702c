package dev.opsflow.shared.reasoning.eval;

import dev.opsflow.shared.reasoning.FieldNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation run: per-field scores, the accuracies of the decisions, grounding
 * violations, and the failed cases with what differed.
 */
public record EvalReport(
    int cases,
    Map<String, FieldScore> fields,
    Accuracy serviceRequest,
    Accuracy issueType,
    Accuracy urgency,
    int groundingViolations,
    List<Failure> failures) {

  /** Correct out of compared. */
  public record Accuracy(int correct, int total) {
    public double value() {
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  /** A case where some labeled value was not matched, with one "field: expected X, got Y" per difference. */
  public record Failure(String id, List<String> differences) {}

  public FieldScore field(String name) {
    return fields.get(name);
  }

  /** Micro-averaged over the scored fields. */
  public FieldScore allFields() {
    return FieldNames.SCORED.stream().map(fields::get).reduce(FieldScore.ZERO, FieldScore::plus);
  }

  public int passed() {
    return cases - failures.size();
  }

  /** The printable report; its last line is "N passed, M failed". */
  public String render(boolean listFailures) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-20s %9s %7s %7s   %s%n", "field", "precision", "recall", "f1", "tp/fp/fn"));
    for (String name : FieldNames.SCORED) {
      row(out, name, fields.get(name));
    }
    row(out, "all fields", allFields());
    out.append('\n');
    accuracy(out, "is_service_request accuracy", serviceRequest);
    accuracy(out, "issue_type accuracy", issueType);
    accuracy(out, "urgency accuracy", urgency);
    out.append(String.format(Locale.ROOT, "%-28s %d%n", "grounding violations", groundingViolations));
    if (listFailures && !failures.isEmpty()) {
      out.append('\n');
      failures.forEach(f -> out.append("FAIL ").append(f.id()).append(": ").append(String.join("; ", f.differences())).append('\n'));
    }
    out.append('\n').append(passed()).append(" passed, ").append(failures.size()).append(" failed");
    return out.toString();
  }

  private static void row(StringBuilder out, String name, FieldScore s) {
    out.append(String.format(Locale.ROOT, "%-20s %9.3f %7.3f %7.3f   %d/%d/%d%n", name, s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.falsePositives(), s.falseNegatives()));
  }

  private static void accuracy(StringBuilder out, String name, Accuracy a) {
    out.append(String.format(Locale.ROOT, "%-28s %.3f (%d/%d)%n", name, a.value(), a.correct(), a.total()));
  }
}
