package dev.opsflow.local.engine;

import java.time.Duration;

/**
 * Where the local engine pretends to be (the region and account in its ARNs, the role executions report) and how
 * long a worker's claim on a work item lasts before a dead worker's work is taken over.
 */
public record EngineSettings(String region, String account, String roleArn, Duration lease) {
  public EngineSettings {
    if (lease == null || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive");
    }
    if (region == null || region.isBlank() || account == null || !account.matches("\\d{12}")) {
      throw new IllegalArgumentException("region must be set and account must be 12 digits");
    }
  }

  public static EngineSettings defaults() {
    return new EngineSettings("us-east-1", "111111111111", "arn:aws:iam::111111111111:role/opsflow-local-execution", Duration.ofSeconds(60));
  }

  /** How long a claimed work item stays with its worker before another worker may take it over. */
  public EngineSettings withLease(Duration newLease) {
    return new EngineSettings(region, account, roleArn, newLease);
  }

  public String stateMachineArn(String name) {
    return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
  }

  public String executionArn(StateMachineType type, String machineName, String executionName) {
    if (type == StateMachineType.EXPRESS) {
      // Express executions are named by machine, execution name and a unique id, as AWS names them.
      return "arn:aws:states:" + region + ":" + account + ":express:" + machineName + ":" + executionName + ":" + java.util.UUID.randomUUID();
    }
    String kind = "execution";
    return "arn:aws:states:" + region + ":" + account + ":" + kind + ":" + machineName + ":" + executionName;
  }
}
