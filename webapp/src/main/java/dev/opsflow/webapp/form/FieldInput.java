package dev.opsflow.webapp.form;

/** One input as a form shows it: its spec, the value to refill, the error to show (null when fine). */
public record FieldInput(FieldSpec spec, String value, String error, boolean required) {
  /** The ids the input's {@code aria-describedby} names: its hint and its error, when present. */
  public String describedBy() {
    String ids = (spec.hint() == null ? "" : spec.inputId() + "-hint ") + (error == null ? "" : spec.inputId() + "-error");
    return ids.isBlank() ? null : ids.strip();
  }

  public boolean selected(String option) {
    return option.equals(value);
  }
}
