package dev.opsflow.local.engine.task;

import dev.opsflow.local.invoke.LambdaRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * Invokes Task resources in-process: bare Lambda ARNs and {@code lambda:invoke} through the {@link
 * LambdaRegistry}, other integrations through what has been registered for {@code service:action}. Every
 * invocation runs with its log fields in the MDC ({@link TaskLogContext}) and through the {@link
 * TaskInterceptor}, if one is set.
 */
public final class TaskInvoker {
  private final LambdaInvoke lambda;
  private final Map<String, ServiceIntegration> integrations = new HashMap<>();
  private volatile TaskInterceptor interceptor;

  public TaskInvoker(LambdaRegistry lambdas) {
    this.lambda = new LambdaInvoke(lambdas);
    integrations.put("lambda:invoke", lambda::invokeWrapped);
  }

  /** Adds (or replaces) the integration for {@code arn:aws:states:::service:action}. */
  public void register(String serviceAction, ServiceIntegration integration) {
    integrations.put(serviceAction, integration);
  }

  /** Sets (null: removes) the interceptor every invocation goes through. */
  public void intercept(TaskInterceptor newInterceptor) {
    this.interceptor = newInterceptor;
  }

  public TaskOutcome invoke(TaskCall call) {
    TaskLogContext logContext = TaskLogContext.open(call);
    try {
      TaskInterceptor current = interceptor;
      return current == null ? dispatch(call) : current.invoke(call, () -> dispatch(call));
    } finally {
      logContext.close();
    }
  }

  private TaskOutcome dispatch(TaskCall call) {
    TaskResource resource = call.resource();
    if (resource.kind() == TaskResource.Kind.LAMBDA_FUNCTION) {
      return lambda.invokeBare(call);
    }
    ServiceIntegration integration = integrations.get(resource.service() + ":" + resource.action());
    if (integration == null) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The resource " + resource.arn() + " is not supported by the local engine.");
    }
    return integration.invoke(call);
  }
}
