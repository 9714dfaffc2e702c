package dev.opsflow.webapp.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * An execution's description and history through the {@link SfnClient}, the same calls in AWS and locally. Finds
 * the intake state machine's ARN (configured, or looked up by name once), derives an execution's ARN from the
 * name ingress gave it, and turns the SDK's history events into the AWS JSON shape that
 * {@link dev.opsflow.shared.timeline.TimelineBuilder} reads.
 */
public final class ExecutionHistories {
  private static final int MAX_EVENTS = 5000;

  private final SfnClient sfn;
  private final String intakeMachine;
  private final ConcurrentHashMap<String, String> machineArns = new ConcurrentHashMap<>();

  public ExecutionHistories(SfnClient sfn, String intakeMachine) {
    this.sfn = sfn;
    this.intakeMachine = intakeMachine;
  }

  /** The intake state machine's ARN, or empty when no such machine is deployed. */
  public Optional<String> intakeMachineArn() {
    return machineArn(intakeMachine);
  }

  /** The ARN of the machine named (or ARN-given) {@code nameOrArn}; looked up once, then remembered. */
  public Optional<String> machineArn(String nameOrArn) {
    if (nameOrArn.startsWith("arn:")) {
      return Optional.of(nameOrArn);
    }
    String known = machineArns.get(nameOrArn);
    if (known != null) {
      return Optional.of(known);
    }
    for (StateMachineListItem machine : sfn.listStateMachinesPaginator(b -> b.maxResults(100)).stateMachines()) {
      if (machine.name().equals(nameOrArn)) {
        machineArns.put(nameOrArn, machine.stateMachineArn());
        return Optional.of(machine.stateMachineArn());
      }
    }
    return Optional.empty();
  }

  /** The ARN of the intake execution named {@code executionName}. */
  public Optional<String> intakeExecutionArn(String executionName) {
    if (executionName == null) {
      return Optional.empty();
    }
    return intakeMachineArn().map(arn -> arn.replace(":stateMachine:", ":execution:") + ":" + executionName);
  }

  public Optional<DescribeExecutionResponse> describe(String executionArn) {
    try {
      return Optional.of(sfn.describeExecution(b -> b.executionArn(executionArn)));
    } catch (ExecutionDoesNotExistException e) {
      return Optional.empty();
    }
  }

  /** The execution's events in order, as AWS's JSON (at most 5,000: the timeline of one request). */
  public List<JsonNode> history(String executionArn) {
    List<JsonNode> events = new ArrayList<>();
    try {
      for (HistoryEvent event : sfn.getExecutionHistoryPaginator(b -> b.executionArn(executionArn).maxResults(1000)).events()) {
        events.add(toJson(event));
        if (events.size() >= MAX_EVENTS) {
          break;
        }
      }
    } catch (ExecutionDoesNotExistException e) {
      return List.of();
    }
    return events;
  }

  /** The event with its members named as on the wire ({@code stateEnteredEventDetails}, {@code error} ...). */
  static JsonNode toJson(HistoryEvent event) {
    return pojo(event);
  }

  private static ObjectNode pojo(SdkPojo pojo) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null) {
        continue;
      }
      String name = field.locationName();
      switch (value) {
        case SdkPojo nested -> node.set(name, pojo(nested));
        case java.time.Instant instant -> node.put(name, instant.toString());
        case Number number -> node.set(name, Json.MAPPER.valueToTree(number));
        case Boolean bool -> node.put(name, bool);
        default -> node.put(name, value.toString());
      }
    }
    return node;
  }
}
