package dev.opsflow.webapp.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.webapp.form.FieldInput;
import dev.opsflow.webapp.web.Chrome;
import java.util.List;
import java.util.Map;

/**
 * The model of one task's page: the task, its request's record, the inputs for the missing fields (review),
 * the AI draft to approve (approval), whether this user may act and holds the task, and the form's errors.
 */
public record TaskPage(
    Chrome chrome,
    ReviewTask task,
    StoredRequest request,
    Map<String, String> record,
    List<FieldInput> inputs,
    String draftSubject,
    String draftBody,
    List<String> draftFlags,
    boolean mayWork,
    boolean heldByMe,
    List<FieldInput> errors) {

  public boolean isReview() {
    return task.kind().wireName().equals("review");
  }

  public boolean isApproval() {
    return task.kind().wireName().equals("approval");
  }

  public boolean isAcknowledge() {
    return task.kind().wireName().equals("acknowledge");
  }

  public boolean pending() {
    return task.status().isPending();
  }

  /** The draft's text fields as the approval form shows them. */
  static String text(JsonNode draft, String field) {
    return draft == null || !draft.hasNonNull(field) ? null : draft.get(field).asText();
  }
}
