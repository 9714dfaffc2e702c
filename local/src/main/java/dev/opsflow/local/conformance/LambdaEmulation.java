package dev.opsflow.local.conformance;

import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaRegistry;
import java.util.List;

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
    if (spec.behaviour() instanceof LambdaBehaviour.Unsupported unsupported) {
      throw new UnsupportedOperationException(
          "operation not supported yet: Lambda behaviour '" + unsupported.kind() + "' of " + spec.functionArn());
    }
    return new PythonFunction(spec);
  }
}
