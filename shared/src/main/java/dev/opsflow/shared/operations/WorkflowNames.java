package dev.opsflow.shared.operations;

/** Names read from execution ARNs ({@code arn:aws:states:<region>:<account>:execution:<machine>:<name>}). */
public final class WorkflowNames {
  private WorkflowNames() {}

  /** The state machine's name ({@code opsflow-client-onboarding}), or the ARN itself when it is not an execution ARN. */
  public static String machine(String executionArn) {
    String[] parts = executionArn.split(":");
    return parts.length >= 8 && "execution".equals(parts[5]) ? parts[6] : executionArn;
  }
}
