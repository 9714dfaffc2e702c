package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.FieldNames;
import java.util.Map;

/**
 * The local confirmation text: greets by name, restates the issue and address, gives the reference and says
 * the team will call to agree a time. It never names a date, time or price, so the draft guard passes it.
 */
final class ConfirmationTemplate {
  private static final Map<String, String> ISSUE_WORDS =
      Map.of("plumbing", "plumbing", "hvac", "heating and cooling", "electrical", "electrical", "appliance", "appliance repair");

  private ConfirmationTemplate() {}

  static String subject(ConfirmationRequest request) {
    return "We received your " + issueWords(request) + " request (ref " + request.requestId() + ")";
  }

  static String body(ConfirmationRequest request) {
    String name = request.field(FieldNames.CUSTOMER_NAME);
    String address = request.field(FieldNames.ADDRESS);
    String greeting = name == null ? "Hello," : "Hello " + name + ",";
    String where = address == null ? "" : " at " + address;
    if ("sms".equals(request.channel())) {
      return greeting + " we received your " + issueWords(request) + " request" + where + " (ref " + request.requestId()
          + "). Our team will contact you to agree a visit time.";
    }
    String urgentNote = "emergency".equals(request.urgency())
        ? "\n\nWe have flagged this as an emergency and alerted our on-call team. If anyone is in danger, call 911."
        : "";
    return greeting + "\n\nThank you for contacting us. We have recorded your " + issueWords(request) + " request" + where
        + " under reference " + request.requestId() + "." + urgentNote
        + "\n\nOur team will contact you to agree a visit time. Reply to this message if anything changes.";
  }

  private static String issueWords(ConfirmationRequest request) {
    return request.issueType() == null ? "service" : ISSUE_WORDS.getOrDefault(request.issueType(), "service");
  }
}
