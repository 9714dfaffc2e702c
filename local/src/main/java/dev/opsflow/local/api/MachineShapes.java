package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.validate.Diagnostic;
import java.time.Instant;
import java.util.List;

/**
 * Requests and responses of the state machine operations, with AWS's member names, so that they serialise to
 * (and parse from) exactly the JSON the SDKs exchange. Absent members are null.
 */
public final class MachineShapes {
  private MachineShapes() {}

  public record Tag(String key, String value) {}

  public record CreateStateMachineRequest(
      String name,
      String definition,
      String roleArn,
      String type,
      ObjectNode loggingConfiguration,
      ObjectNode tracingConfiguration,
      List<Tag> tags,
      Boolean publish,
      String versionDescription) {}

  public record CreateStateMachineResponse(String stateMachineArn, Instant creationDate, String stateMachineVersionArn) {}

  public record UpdateStateMachineRequest(
      String stateMachineArn,
      String definition,
      String roleArn,
      ObjectNode loggingConfiguration,
      ObjectNode tracingConfiguration,
      Boolean publish,
      String versionDescription) {}

  public record UpdateStateMachineResponse(Instant updateDate, String revisionId, String stateMachineVersionArn) {}

  /** DescribeStateMachine and DeleteStateMachine take only the ARN. */
  public record StateMachineArnRequest(String stateMachineArn) {}

  public record DescribeStateMachineResponse(
      String stateMachineArn,
      String name,
      String status,
      String definition,
      String roleArn,
      String type,
      Instant creationDate,
      ObjectNode loggingConfiguration,
      ObjectNode tracingConfiguration,
      String revisionId,
      String description) {}

  public record ListStateMachinesRequest(Integer maxResults, String nextToken) {}

  public record StateMachineListItem(String stateMachineArn, String name, String type, Instant creationDate) {}

  public record ListStateMachinesResponse(List<StateMachineListItem> stateMachines, String nextToken) {}

  public record ValidateDefinitionRequest(String definition, String type, String severity, Integer maxResults) {}

  public record ValidateDefinitionResponse(String result, List<Diagnostic> diagnostics, Boolean truncated) {}
}
