package dev.opsflow.webapp;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.JavaHandlerFunction;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.Placeholders;
import dev.opsflow.local.workflows.WorkflowLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Deploys the repository's real intake workflow ({@code statemachines/service-intake.asl.json}) on a test engine
 * with every function it names running in-process, built with its {@code (Map<String, String> env)} constructor
 * so the handlers read the test's environment (the repository's config, the captured outbox, the built-in CRM)
 * instead of the JVM's. Same registration as {@code opsflow local}'s {@code WorkflowLoader}, same names.
 */
public final class IntakeWorkflow {
  public static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final String PREFIX = "opsflow";
  static final String MACHINE = PREFIX + "-service-intake";

  private IntakeWorkflow() {}

  /** Registers the intake functions and loads the machines of {@code statemachines/}; returns the intake ARN. */
  public static String deploy(LocalEngine engine, LambdaRegistry lambdas, Map<String, String> env) {
    try {
      FunctionManifest manifest = FunctionManifest.read(REPO.resolve("functions/manifest.json"));
      Set<String> used = Placeholders.names(Files.readString(REPO.resolve("statemachines/service-intake.asl.json")));
      manifest.functions().stream()
          .filter(f -> used.contains(f.placeholder()))
          .forEach(f -> lambdas.register(PREFIX + "-" + f.name(), handler(f.handler(), env)));
      new WorkflowLoader(engine, lambdas, PREFIX)
          .load(REPO.resolve("statemachines"), WorkflowLoader.functionPlaceholders(manifest, engine.settings(), PREFIX));
      return engine.settings().stateMachineArn(MACHINE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaHandlerFunction handler(String handlerClass, Map<String, String> env) {
    try {
      Object handler = Class.forName(handlerClass).getConstructor(Map.class).newInstance(env);
      return JavaHandlerFunction.of((RequestHandler<?, ?>) handler);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + handlerClass + " from an environment map", e);
    }
  }
}
