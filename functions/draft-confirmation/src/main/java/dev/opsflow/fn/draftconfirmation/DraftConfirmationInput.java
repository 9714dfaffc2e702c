package dev.opsflow.fn.draftconfirmation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.workflow.StepRef;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request to confirm: the channel it came by, its classification and its record. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DraftConfirmationInput(
    StepRef step, String requestId, String channel, String issueType, String urgency, Map<String, JsonNode> fields) {

  public DraftConfirmationInput {
    fields = fields == null ? Map.of() : fields;
  }

  /** The request as the agent sees it: every field with a value, as text. */
  ConfirmationRequest confirmationRequest() {
    Map<String, String> values = new LinkedHashMap<>();
    fields.forEach((name, value) -> {
      if (value != null && value.isValueNode() && !value.isNull()) {
        values.put(name, value.asText());
      }
    });
    return new ConfirmationRequest(requestId, channel, issueType, urgency, values);
  }
}
