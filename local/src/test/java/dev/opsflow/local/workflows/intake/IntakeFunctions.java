package dev.opsflow.local.workflows.intake;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.local.invoke.JavaHandlerFunction;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.Placeholders;
import java.util.Map;
import java.util.Set;

/**
 * Registers a workflow's handlers in-process under {@code <prefix>-<name>}, as {@code WorkflowLoader} does,
 * but built with their {@code (Map<String, String> env)} constructor, so a test gives them its environment
 * (config directory, CRM endpoint) instead of the JVM's.
 */
public final class IntakeFunctions {
  private IntakeFunctions() {}

  /** Registers the manifest's functions that {@code asl} (a state machine's text) names by placeholder. */
  public static void registerFor(String asl, LambdaRegistry lambdas, FunctionManifest manifest, String prefix, Map<String, String> env) {
    Set<String> used = Placeholders.names(asl);
    manifest.functions().stream()
        .filter(f -> used.contains(f.placeholder()))
        .forEach(f -> register(lambdas, prefix + "-" + f.name(), f.handler(), env));
  }

  /** (Re)registers one function with its own environment. */
  public static void register(LambdaRegistry lambdas, String functionName, String handlerClass, Map<String, String> env) {
    try {
      Object handler = Class.forName(handlerClass).getConstructor(Map.class).newInstance(env);
      lambdas.register(functionName, JavaHandlerFunction.of((RequestHandler<?, ?>) handler));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + handlerClass + " from an environment map", e);
    }
  }
}
