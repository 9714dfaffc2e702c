package dev.opsflow.local.engine;

/**
 * Where the local engine pretends to be: the region and account in its ARNs, and the role executions report.
 */
public record EngineSettings(String region, String account, String roleArn) {
  public EngineSettings {
    if (region == null || region.isBlank() || account == null || !account.matches("\\d{12}")) {
      throw new IllegalArgumentException("region must be set and account must be 12 digits");
    }
  }

  public static EngineSettings defaults() {
    return new EngineSettings("us-east-1", "111111111111", "arn:aws:iam::111111111111:role/opsflow-local-execution");
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
