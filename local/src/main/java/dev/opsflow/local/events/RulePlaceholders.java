package dev.opsflow.local.events;

import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.workflows.FunctionManifest;
import dev.opsflow.local.workflows.WorkflowLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The values of the placeholders rule files may use locally, named as tofu names them: {@code
 * ${<verb>_<noun>_function_arn}} for every function of {@code functions/manifest.json}, and {@code
 * ${<process>_state_machine_arn}} for every {@code statemachines/<process>.asl.json} (the machine {@code
 * <prefix>-<process>} that {@link WorkflowLoader} creates).
 */
public final class RulePlaceholders {
  private RulePlaceholders() {}

  public static Map<String, String> of(Path home, EngineSettings settings, String prefix) throws IOException {
    Map<String, String> values =
        new HashMap<>(WorkflowLoader.functionPlaceholders(FunctionManifest.read(home.resolve("functions/manifest.json")), settings, prefix));
    Path machines = home.resolve("statemachines");
    if (Files.isDirectory(machines)) {
      try (Stream<Path> files = Files.list(machines)) {
        files.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".asl.json"))
            .map(n -> n.substring(0, n.length() - ".asl.json".length()))
            .forEach(process -> values.put(stateMachinePlaceholder(process), settings.stateMachineArn(prefix + "-" + process)));
      }
    }
    return values;
  }

  /** {@code service-intake} → {@code service_intake_state_machine_arn}. */
  public static String stateMachinePlaceholder(String process) {
    return process.replace('-', '_') + "_state_machine_arn";
  }
}
