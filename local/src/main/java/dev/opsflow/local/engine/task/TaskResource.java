package dev.opsflow.local.engine.task;

/**
 * A Task state's {@code Resource}, classified: a bare Lambda function ARN, or a service integration
 * {@code arn:aws:states:::service:action[.sync|.waitForTaskToken]}.
 */
public record TaskResource(String arn, Kind kind, String service, String action, Pattern pattern) {
  public enum Kind {
    LAMBDA_FUNCTION,
    SERVICE,
    ACTIVITY
  }

  public enum Pattern {
    REQUEST_RESPONSE,
    SYNC,
    WAIT_FOR_TASK_TOKEN
  }

  public static TaskResource parse(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length >= 6 && "lambda".equals(parts[2])) {
      return new TaskResource(arn, Kind.LAMBDA_FUNCTION, "lambda", "invoke", Pattern.REQUEST_RESPONSE);
    }
    if (parts.length >= 6 && "states".equals(parts[2]) && parts[5].startsWith("activity:")) {
      return new TaskResource(arn, Kind.ACTIVITY, "states", "activity", Pattern.WAIT_FOR_TASK_TOKEN);
    }
    String serviceAction = parts.length >= 6 ? parts[5] : arn;
    int colon = serviceAction.indexOf(':');
    String service = colon < 0 ? serviceAction : serviceAction.substring(0, colon);
    String action = colon < 0 ? "" : serviceAction.substring(colon + 1);
    Pattern pattern = Pattern.REQUEST_RESPONSE;
    if (action.endsWith(".waitForTaskToken")) {
      pattern = Pattern.WAIT_FOR_TASK_TOKEN;
      action = action.substring(0, action.length() - ".waitForTaskToken".length());
    } else if (action.endsWith(".sync:2")) {
      pattern = Pattern.SYNC;
      action = action.substring(0, action.length() - ".sync:2".length());
    } else if (action.endsWith(".sync")) {
      pattern = Pattern.SYNC;
      action = action.substring(0, action.length() - ".sync".length());
    }
    return new TaskResource(arn, Kind.SERVICE, service, action, pattern);
  }

  /** What history events name as {@code resource}: {@code invoke}, {@code invoke.waitForTaskToken} ... */
  public String eventResource() {
    return switch (pattern) {
      case REQUEST_RESPONSE -> action;
      case SYNC -> action + ".sync";
      case WAIT_FOR_TASK_TOKEN -> action + ".waitForTaskToken";
    };
  }
}
