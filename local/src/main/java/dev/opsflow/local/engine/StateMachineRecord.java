package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * One revision of a state machine as the Step Functions API describes it. {@code revisionId} names this exact
 * definition: executions record it, so they keep running the definition they started with after an update.
 * {@code version} is set for a published version (its ARN is the machine's ARN plus {@code :N}).
 */
public record StateMachineRecord(
    String arn,
    String name,
    StateMachineType type,
    String definition,
    String roleArn,
    String revisionId,
    Instant creationDate,
    ObjectNode loggingConfiguration,
    ObjectNode tracingConfiguration,
    Integer version,
    String versionDescription,
    Map<String, String> tags) {

  public StateMachineRecord {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }
}
