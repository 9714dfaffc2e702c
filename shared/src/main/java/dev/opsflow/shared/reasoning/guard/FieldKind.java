package dev.opsflow.shared.reasoning.guard;

import dev.opsflow.shared.config.FieldSpec;

/**
 * How a field's value is checked against the input. Mirrors the {@code kind} of fields in the question flow;
 * {@link #SUMMARY} is for the description, which an agent may condense.
 */
public enum FieldKind {
  NAME, PHONE, EMAIL, ADDRESS, DATETIME, TEXT, SUMMARY, CHOICE, BOOLEAN;

  /** The kind for a question-flow field kind. */
  public static FieldKind of(FieldSpec.Kind kind) {
    return switch (kind) {
      case NAME -> NAME;
      case PHONE -> PHONE;
      case EMAIL -> EMAIL;
      case ADDRESS -> ADDRESS;
      case DATETIME -> DATETIME;
      case TEXT -> TEXT;
      case CHOICE -> CHOICE;
      case BOOLEAN -> BOOLEAN;
    };
  }
}
