package dev.opsflow.local.workflows;

import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.invoke.JavaHandlerFunction;
import dev.opsflow.local.invoke.LambdaRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the repository's workflows into a local engine: registers every function of the manifest as an
 * in-process handler, resolves the placeholders of each {@code statemachines/<process>.asl.json}, and creates or
 * updates the state machine {@code <prefix>-<process>} (a changed definition becomes a new revision; running
 * executions keep theirs).
 */
public final class WorkflowLoader {
  private static final Logger LOG = LoggerFactory.getLogger(WorkflowLoader.class);

  private final LocalEngine engine;
  private final LambdaRegistry lambdas;
  private final String prefix;

  public WorkflowLoader(LocalEngine engine, LambdaRegistry lambdas, String prefix) {
    this.engine = engine;
    this.lambdas = lambdas;
    this.prefix = prefix;
  }

  /** The values of the placeholders that the manifest's functions supply. */
  public static Map<String, String> functionPlaceholders(FunctionManifest manifest, EngineSettings settings, String prefix) {
    Map<String, String> values = new HashMap<>();
    for (FunctionManifest.Entry f : manifest.functions()) {
      values.put(f.placeholder(), "arn:aws:lambda:" + settings.region() + ":" + settings.account() + ":function:" + prefix + "-" + f.name());
    }
    return values;
  }

  /** Registers the manifest's handlers; a handler class missing from the classpath is an error naming it. */
  public void registerFunctions(FunctionManifest manifest) {
    for (FunctionManifest.Entry f : manifest.functions()) {
      try {
        lambdas.register(prefix + "-" + f.name(), JavaHandlerFunction.load(f.handler()));
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        throw new IllegalStateException("function " + f.name() + ": cannot load handler " + f.handler() + ": " + e, e);
      }
    }
  }

  /** Loads every {@code *.asl.json} in {@code dir}; returns the ARNs of the machines created or updated. */
  public List<String> load(Path dir, Map<String, String> placeholders) throws IOException {
    List<String> arns = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return arns;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".asl.json")).sorted().toList()) {
        arns.add(loadOne(file, placeholders));
      }
    }
    return arns;
  }

  private String loadOne(Path file, Map<String, String> placeholders) throws IOException {
    String process = file.getFileName().toString().replace(".asl.json", "");
    String name = prefix + "-" + process;
    String definition;
    try {
      definition = Placeholders.resolve(Files.readString(file), placeholders);
      engine.validate(definition, StateMachineType.STANDARD);
    } catch (IllegalArgumentException | DefinitionException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
    String arn = engine.settings().stateMachineArn(name);
    var existing = engine.machines().find(arn);
    if (existing.isPresent() && existing.get().definition().equals(definition)) {
      return arn;
    }
    StateMachineRecord record =
        new StateMachineRecord(
            arn, name, StateMachineType.STANDARD, definition, engine.settings().roleArn(), UUID.randomUUID().toString(),
            engine.clock().now(), null, null, null, null, Map.of("opsflow:source", file.getFileName().toString()));
    if (existing.isPresent()) {
      engine.machines().update(record);
      LOG.info("Updated state machine {} from {}", name, file);
    } else {
      engine.machines().create(record);
      LOG.info("Created state machine {} from {}", name, file);
    }
    return arn;
  }
}
