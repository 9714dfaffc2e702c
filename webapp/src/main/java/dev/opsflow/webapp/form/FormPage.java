package dev.opsflow.webapp.form;

import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/** The public form's model: its inputs (refilled after an error), the submission id, and the errors to list. */
public record FormPage(Chrome chrome, List<FieldInput> inputs, String submissionId, List<FieldInput> errors, String problem) {
  public boolean hasErrors() {
    return !errors.isEmpty() || problem != null;
  }
}
