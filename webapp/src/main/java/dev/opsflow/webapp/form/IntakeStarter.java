package dev.opsflow.webapp.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import dev.opsflow.webapp.requests.ExecutionHistories;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * Starts the intake workflow for a web-form submission the way every ingress does (HELPER_COMMON's contract):
 * StartExecution of the intake state machine with the {@code {"request": {...}}} envelope, named {@code
 * web-<submission id>}. The submission id is minted when the form is shown, so a double submit (two clicks, a
 * reload of the post) maps to the same execution: the second start finds it exists and nothing new begins.
 */
public final class IntakeStarter {
  private final SfnClient sfn;
  private final ExecutionHistories machines;
  private final Clock clock;

  public IntakeStarter(SfnClient sfn, ExecutionHistories machines, Clock clock) {
    this.sfn = sfn;
    this.machines = machines;
    this.clock = clock;
  }

  /** What a submission started: the request id, the execution name, and whether it was already running. */
  public record Started(String requestId, String executionName, boolean duplicate) {}

  /** Starts (or finds) the execution of submission {@code submissionId} with the checked {@code fields}. */
  public Started start(String submissionId, Map<String, String> fields) {
    String machineArn = machines.intakeMachineArn()
        .orElseThrow(() -> new IllegalStateException("The intake state machine is not deployed"));
    String executionName = "web-" + submissionId;
    ObjectNode input = envelope(submissionId, fields);
    String requestId = input.path("request").path("id").asText();
    try {
      sfn.startExecution(b -> b.stateMachineArn(machineArn).name(executionName).input(Json.write(input)));
      return new Started(requestId, executionName, false);
    } catch (ExecutionAlreadyExistsException e) {
      // The same submission posted again: the first post started it, which is all the customer wanted.
      return new Started(requestId, executionName, true);
    }
  }

  ObjectNode envelope(String submissionId, Map<String, String> fields) {
    ObjectNode input = Json.MAPPER.createObjectNode();
    ObjectNode request = input.putObject("request");
    request.put("id", "req-" + submissionId);
    request.put("channel", "web");
    request.put("source_id", submissionId);
    ObjectNode from = request.putObject("from");
    from.put("phone", fields.get("phone"));
    from.put("email", fields.get("email"));
    from.put("name", fields.get("customer_name"));
    request.put("subject", "Web form: " + fields.getOrDefault("issue_type", "service request"));
    request.put("text", text(fields));
    request.put("received_at", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    request.putArray("attachments");
    return input;
  }

  /** The submission as the labelled text the extraction step reads (every value is then grounded in it). */
  static String text(Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    line(text, "Name", fields.get("customer_name"));
    line(text, "Phone", fields.get("phone"));
    line(text, "Email", fields.get("email"));
    line(text, "Address", fields.get("address"));
    line(text, "Issue type", fields.get("issue_type"));
    line(text, "Urgency", fields.get("urgency"));
    line(text, "Preferred time", fields.get("preferred_time"));
    String description = fields.get("description");
    if (description != null) {
      text.append('\n').append(description);
    }
    return text.toString().strip();
  }

  private static void line(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append(label).append(": ").append(value).append('\n');
    }
  }
}
