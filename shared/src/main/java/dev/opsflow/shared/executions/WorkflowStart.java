package dev.opsflow.shared.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One named execution to start: {@code {"state_machine_arn", "execution_name", "input": {...}}}, as the rules'
 * input transformers build it from an event (events/README.md). Checked as Step Functions checks StartExecution,
 * so a bad request fails here with {@link InvalidWorkflowStartException}, not after a round trip: a state machine
 * ARN (unqualified, or with a version or alias), a name of 1 to 80 characters without whitespace, control
 * characters, brackets, wildcards or {@code " # % \ ^ | ~ ` $ & , ; : /}, and an input that is a JSON object of at
 * most 256 KiB.
 */
public record WorkflowStart(String stateMachineArn, String executionName, ObjectNode input) {
  public static final int MAX_NAME_LENGTH = 80;
  public static final int MAX_INPUT_BYTES = 256 * 1024;
  private static final Pattern STATE_MACHINE_ARN =
      Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}(:[A-Za-z0-9_-]{1,80})?");
  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

  public WorkflowStart {
    if (stateMachineArn == null || !STATE_MACHINE_ARN.matcher(stateMachineArn).matches()) {
      throw new InvalidWorkflowStartException("state_machine_arn is not a state machine ARN: " + abbreviate(stateMachineArn));
    }
    checkName(executionName);
    if (input == null) {
      throw new InvalidWorkflowStartException("input must be a JSON object");
    }
    int size = Json.write(input).getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_INPUT_BYTES) {
      throw new InvalidWorkflowStartException("input is " + size + " bytes, over Step Functions' " + MAX_INPUT_BYTES);
    }
  }

  /** Reads a start request; throws {@link InvalidWorkflowStartException} naming what is missing or wrong. */
  public static WorkflowStart fromJson(JsonNode request) {
    if (request == null || !request.isObject()) {
      throw new InvalidWorkflowStartException("The request must be a JSON object {\"state_machine_arn\", \"execution_name\", \"input\"}");
    }
    JsonNode input = request.path("input");
    if (!input.isObject()) {
      throw new InvalidWorkflowStartException("input must be a JSON object, not " + (input.isMissingNode() ? "missing" : input.getNodeType()));
    }
    return new WorkflowStart(text(request, "state_machine_arn"), text(request, "execution_name"), (ObjectNode) input);
  }

  /** The input as StartExecution sends it (minified JSON). */
  public String inputText() {
    return Json.write(input);
  }

  /**
   * The ARN of the (Standard) execution this start names: the machine's, with {@code execution} for {@code
   * stateMachine} and the name for a version or alias qualifier.
   */
  public String executionArn() {
    String[] parts = stateMachineArn.split(":");
    return String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "execution", parts[6], executionName);
  }

  private static void checkName(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new InvalidWorkflowStartException("execution_name must be 1 to " + MAX_NAME_LENGTH + " characters: " + abbreviate(name));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
        throw new InvalidWorkflowStartException("execution_name may not contain '" + c + "' (whitespace, control characters, brackets, wildcards or "
            + FORBIDDEN + "): " + abbreviate(name));
      }
    }
  }

  private static String text(JsonNode request, String member) {
    JsonNode value = request.path(member);
    return value.isTextual() ? value.asText() : null;
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "missing";
    }
    return text.length() <= 120 ? "'" + text + "'" : "'" + text.substring(0, 120) + "...'";
  }
}
