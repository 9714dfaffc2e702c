package dev.opsflow.local.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.CommittedStep;
import dev.opsflow.local.engine.EngineObserver;
import dev.opsflow.shared.alert.Incident;
import dev.opsflow.shared.alert.Incidents;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Alerts operators when an execution of one of our workflows (state machines named {@code <prefix>...}, by
 * default {@code opsflow-}) ends FAILED, TIMED_OUT or ABORTED: the unrecoverable failures, since Retry and Catch
 * have had their say. A workflow that alerted by itself before failing (it entered one of {@code alertingStates},
 * such as the onboarding workflow's {@code AlertOperators}) is left alone, so the operators hear once. It reacts
 * to the committed end event, so a failure is seen once by the process that committed it, and the incident's key
 * (execution and failure event) makes any second report a no-op. In AWS the same alert comes from an EventBridge
 * rule on Step Functions' execution status changes.
 */
public final class ExecutionFailureAlerts implements EngineObserver {
  private final Incidents incidents;
  private final String machinePrefix;
  private final Function<String, List<ObjectNode>> history;
  private final Set<String> alertingStates;

  public ExecutionFailureAlerts(
      Incidents incidents, String machinePrefix, Function<String, List<ObjectNode>> history, Set<String> alertingStates) {
    this.incidents = incidents;
    this.machinePrefix = machinePrefix;
    this.history = history;
    this.alertingStates = Set.copyOf(alertingStates);
  }

  @Override
  public void committed(CommittedStep step) {
    if (!step.stateMachineName().startsWith(machinePrefix)) {
      return;
    }
    for (ObjectNode event : step.events()) {
      String status = switch (event.path("type").asText()) {
        case "ExecutionFailed" -> "FAILED";
        case "ExecutionTimedOut" -> "TIMED_OUT";
        case "ExecutionAborted" -> "ABORTED";
        default -> null;
      };
      if (status != null && !alertedByItself(step.executionArn())) {
        JsonNode details = details(event);
        incidents.raise(Incident.executionFailed(
            step.executionArn(), step.stateMachineName(), status, text(details, "error"), text(details, "cause"),
            step.requestId(), event.path("id").asLong()));
      }
    }
  }

  /** Whether the execution entered one of the states that alert operators themselves (read only on a failure). */
  private boolean alertedByItself(String executionArn) {
    if (alertingStates.isEmpty()) {
      return false;
    }
    return history.apply(executionArn).stream()
        .filter(e -> e.path("type").asText().endsWith("StateEntered"))
        .anyMatch(e -> alertingStates.contains(e.path("stateEnteredEventDetails").path("name").asText()));
  }

  private static JsonNode details(ObjectNode event) {
    for (String key : new String[] {"executionFailedEventDetails", "executionTimedOutEventDetails", "executionAbortedEventDetails"}) {
      if (event.has(key)) {
        return event.get(key);
      }
    }
    return event.path("none");
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
