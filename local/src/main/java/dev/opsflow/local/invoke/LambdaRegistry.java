package dev.opsflow.local.invoke;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps Lambda functions to in-process implementations. A function is registered under its name; it is found by
 * name, by full or partial ARN, with or without a version qualifier, as Lambda's {@code FunctionName} allows.
 */
public final class LambdaRegistry {
  private final Map<String, LambdaFunction> functions = new ConcurrentHashMap<>();

  /** Registers {@code fn} under the function name that {@code nameOrArn} designates. */
  public void register(String nameOrArn, LambdaFunction fn) {
    functions.put(functionName(nameOrArn), fn);
  }

  public Optional<LambdaFunction> find(String nameOrArn) {
    return Optional.ofNullable(functions.get(functionName(nameOrArn)));
  }

  /**
   * The bare function name of {@code my-fn}, {@code my-fn:PROD}, {@code 123456789012:function:my-fn} or
   * {@code arn:aws:lambda:us-east-1:123456789012:function:my-fn:$LATEST}.
   */
  public static String functionName(String nameOrArn) {
    String[] parts = nameOrArn.split(":");
    for (int i = 0; i < parts.length - 1; i++) {
      if ("function".equals(parts[i])) {
        return parts[i + 1];
      }
    }
    return parts[0];
  }
}
