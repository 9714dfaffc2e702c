package dev.opsflow.shared.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The texts staff and operators receive. Short, because they go out by SMS too: what happened, which request,
 * and how to reach the customer.
 */
public final class StaffMessages {
  /** A subject (email, Slack heading; ignored by SMS) and a body. */
  public record Message(String subject, String body) {}

  private StaffMessages() {}

  /** An urgent or emergency request just arrived. */
  public static Message urgentRequest(String requestId, String urgency, String issueType, String summary, JsonNode fields) {
    String subject = "[" + urgency.toUpperCase(Locale.ROOT) + "] " + label(issueType) + " request " + requestId;
    return new Message(subject, subject + ": " + summary + contact(fields) + " Act in the opsflow inbox.");
  }

  /** A request waits in the inbox: a review of missing fields, an acknowledgement, or an approval. */
  public static Message taskOpened(String requestId, String kind, List<String> missingOrReasons) {
    String subject = switch (kind) {
      case "approval" -> "Approve the confirmation for request " + requestId;
      case "acknowledge" -> "Acknowledge urgent request " + requestId;
      default -> "Review request " + requestId;
    };
    String detail = missingOrReasons.isEmpty() ? "" : " (" + String.join(", ", missingOrReasons) + ")";
    return new Message(subject, subject + detail + ". Open the opsflow inbox.");
  }

  /** Nobody has acted on a request within its SLA. */
  public static Message escalation(String requestId, String urgency, int level, Instant dueAt) {
    String subject = "ESCALATION " + level + ": " + urgency + " request " + requestId + " has no one on it";
    return new Message(subject, subject + " (due " + dueAt + "). Act in the opsflow inbox.");
  }

  /** A workflow failed and what it was about ({@code request:req-1}, {@code contract:ctr_1}) needs an operator. */
  public static Message operatorAlert(String subject, String failedState, String error) {
    String heading = "Workflow failed at " + failedState + (subject == null ? "" : " for " + subject);
    return new Message(heading, heading + ": " + error + ". See the execution in the dashboard; redrive when fixed.");
  }

  private static String label(String issueType) {
    return issueType == null ? "Service" : issueType.substring(0, 1).toUpperCase(Locale.ROOT) + issueType.substring(1);
  }

  private static String contact(JsonNode fields) {
    StringBuilder text = new StringBuilder();
    for (String field : List.of("customer_name", "phone", "address")) {
      JsonNode value = fields == null ? null : fields.get(field);
      if (value != null && value.isValueNode() && !value.isNull()) {
        text.append(text.isEmpty() ? " Customer: " : ", ").append(value.asText());
      }
    }
    return text.isEmpty() ? "." : "." + text + ".";
  }
}
