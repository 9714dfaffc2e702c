package dev.opsflow.webapp.form;

import java.util.List;

/**
 * How a request field is asked for in a form: its label, input type ({@code text}, {@code tel}, {@code email},
 * {@code textarea}, {@code select}), the choices of a select, the browser's autocomplete token and a hint.
 */
public record FieldSpec(String name, String label, String type, List<String> options, String autocomplete, String hint) {
  public FieldSpec {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public boolean isSelect() {
    return "select".equals(type);
  }

  public boolean isTextarea() {
    return "textarea".equals(type);
  }

  /** The id of the input element ({@code f-phone}) and of its hint and error ({@code f-phone-hint}, {@code f-phone-error}). */
  public String inputId() {
    return "f-" + name.replace('_', '-');
  }
}
