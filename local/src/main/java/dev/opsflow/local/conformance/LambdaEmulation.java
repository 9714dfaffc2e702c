package dev.opsflow.local.conformance;

import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaRegistry;
import java.util.List;
import java.util.UUID;

/**
 * Deploys a case's Lambda functions into a {@link LambdaRegistry}, each behaving as AWS recorded it. Only the
 * listed functions exist: a name the case does not list stays unknown to the registry, as on AWS.
 */
public final class LambdaEmulation {
  private LambdaEmulation() {}

  /** A registry holding {@code functions}; fails on a behaviour this runner cannot emulate. */
  public static LambdaRegistry registryFor(List<LambdaSpec> functions) {
    LambdaRegistry registry = new LambdaRegistry();
    for (LambdaSpec spec : functions) {
      registry.register(spec.functionArn(), functionFor(spec));
    }
    return registry;
  }

  /** The in-process function that behaves as {@code spec} says. */
  public static LambdaFunction functionFor(LambdaSpec spec) {
    return switch (spec.behaviour()) {
      case LambdaBehaviour.Identity identity -> (payload, invocation) -> payload;
      case LambdaBehaviour.Raise raise ->
          (payload, invocation) -> {
            throw new LambdaFunctionError(
                raise.errorType(),
                PythonErrorObject.of(
                    spec.source(), raise.errorType(), raise.errorMessage(), requestId(invocation.requestId())));
          };
      case LambdaBehaviour.Unsupported unsupported ->
          throw new UnsupportedOperationException(
              "operation not supported yet: Lambda behaviour '" + unsupported.kind() + "' of " + spec.functionArn());
    };
  }

  private static String requestId(String fromEngine) {
    return fromEngine == null || fromEngine.isEmpty() ? UUID.randomUUID().toString() : fromEngine;
  }
}
