package dev.opsflow.fn.classifyrequest;

import dev.opsflow.shared.reasoning.FieldNames;
import dev.opsflow.shared.reasoning.ReasoningResult;

/** A one-line summary for staff notifications and the CRM ticket subject: the description, else the subject or text. */
final class Summaries {
  static final int MAX = 120;

  private Summaries() {}

  static String of(ReasoningResult result, ClassifyRequestInput in) {
    String text = result.value(FieldNames.DESCRIPTION)
        .or(() -> java.util.Optional.ofNullable(in.subject()).filter(s -> !s.isBlank()))
        .orElse(in.text() == null ? "" : in.text());
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
  }
}
