package dev.opsflow.shared.reasoning;

import java.util.Objects;

/** One extracted value (normalised: E.164 phone, lower-case email) with the evidence it was read from. */
public record ExtractedField(String value, Evidence evidence) {

  public ExtractedField {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
  }
}
