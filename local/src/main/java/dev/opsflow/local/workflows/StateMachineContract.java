package dev.opsflow.local.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract every {@code statemachines/*.asl.json} keeps with the rest of the repository: valid JSON,
 * placeholders that follow the grammar and name a known value, function placeholders backed by a module and a
 * manifest entry, error names that exist, and no unreachable state.
 */
public final class StateMachineContract {
  private static final String FUNCTION_SUFFIX = "_function_arn";

  private final FunctionManifest manifest;
  private final Path functionsDir;
  private final Set<String> otherPlaceholders;

  /** {@code otherPlaceholders}: the non-function placeholders the deployment supplies (bucket names ...). */
  public StateMachineContract(FunctionManifest manifest, Path functionsDir, Set<String> otherPlaceholders) {
    this.manifest = manifest;
    this.functionsDir = functionsDir;
    this.otherPlaceholders = Set.copyOf(otherPlaceholders);
  }

  /** Every way {@code text} (the file's raw content) breaks the contract; empty when it keeps it. */
  public List<String> violations(String text) {
    List<String> problems = new ArrayList<>();
    JsonNode definition;
    try {
      definition = Json.parse(text);
    } catch (IllegalArgumentException e) {
      return List.of("not valid JSON: " + e.getMessage());
    }
    Set<String> functions = new HashSet<>();
    manifest.functions().forEach(f -> functions.add(f.placeholder()));
    for (String name : Placeholders.names(text)) {
      if (!name.matches("[a-z][a-z0-9_]*")) {
        problems.add("placeholder ${" + name + "} does not follow the snake_case grammar");
      } else if (name.endsWith(FUNCTION_SUFFIX)) {
        String module = name.substring(0, name.length() - FUNCTION_SUFFIX.length()).replace('_', '-');
        if (!functions.contains(name)) {
          problems.add("placeholder ${" + name + "} has no entry in functions/manifest.json");
        }
        if (!Files.isDirectory(functionsDir.resolve(module))) {
          problems.add("placeholder ${" + name + "} has no module functions/" + module);
        }
      } else if (!otherPlaceholders.contains(name)) {
        problems.add("placeholder ${" + name + "} is not a known resource");
      }
    }
    checkBlock(definition, "", problems);
    return problems;
  }

  private void checkBlock(JsonNode block, String path, List<String> problems) {
    JsonNode states = block.path("States");
    Set<String> reachable = reachable(block);
    for (Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String where = path + "/States/" + e.getKey();
      if (!reachable.contains(e.getKey())) {
        problems.add("state " + where + " is unreachable");
      }
      JsonNode state = e.getValue();
      checkErrors(state.path("Retry"), where, problems);
      checkErrors(state.path("Catch"), where, problems);
      JsonNode branches = state.path("Branches");
      for (int i = 0; i < branches.size(); i++) {
        checkBlock(branches.get(i), where + "/Branches/" + i, problems);
      }
      JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
      if (processor != null) {
        checkBlock(processor, where + "/ItemProcessor", problems);
      }
    }
  }

  private static Set<String> reachable(JsonNode block) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(block.path("StartAt").asText());
    while (!todo.isEmpty()) {
      String name = todo.pop();
      JsonNode state = block.path("States").get(name);
      if (state == null || !seen.add(name)) {
        continue;
      }
      addIfText(todo, state.get("Next"));
      addIfText(todo, state.get("Default"));
      state.path("Choices").forEach(c -> addIfText(todo, c.get("Next")));
      state.path("Catch").forEach(c -> addIfText(todo, c.get("Next")));
    }
    return seen;
  }

  private static void addIfText(Deque<String> todo, JsonNode node) {
    if (node != null && node.isTextual()) {
      todo.add(node.asText());
    }
  }

  private static void checkErrors(JsonNode handlers, String where, List<String> problems) {
    for (JsonNode handler : handlers) {
      for (JsonNode error : handler.path("ErrorEquals")) {
        String name = error.asText();
        if (name.startsWith("States.") || name.startsWith("Lambda.")) {
          continue;
        }
        try {
          Class.forName(name, false, StateMachineContract.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          problems.add("error " + name + " at " + where + " is neither States.*, Lambda.* nor a class on the classpath");
        }
      }
    }
  }
}
