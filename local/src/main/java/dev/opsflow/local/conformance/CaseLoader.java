package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the corpus's case files. Accepts either the {@code cases/} directory or its parent (the corpus root);
 * files are returned sorted by name so that runs and reports are reproducible.
 */
public final class CaseLoader {
  private CaseLoader() {}

  /** The directory holding the case files for {@code dir} (its {@code cases/} child when there is one). */
  public static Path casesDirectory(Path dir) {
    Path cases = dir.resolve("cases");
    return Files.isDirectory(cases) ? cases : dir;
  }

  /** Loads every {@code *.json} case of {@code dir}; a malformed file fails with its name in the message. */
  public static List<ConformanceCase> loadAll(Path dir) {
    Path casesDir = casesDirectory(dir);
    try (Stream<Path> files = Files.list(casesDir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(CaseLoader::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list conformance cases in " + casesDir, e);
    }
  }

  /** Loads one case file. */
  public static ConformanceCase load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conformance case " + file, e);
    }
    try {
      return fromJson(Json.parse(text), file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed conformance case " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a case from its parsed JSON. */
  public static ConformanceCase fromJson(JsonNode json, String fileName) {
    JsonNode definition = json.path("definition");
    JsonNode history = json.path("history_event_types");
    return new ConformanceCase(
        required(json, "id").asText(),
        fileName,
        CaseKind.fromWireName(required(json, "kind").asText()),
        definition.isTextual() ? definition.asText() : Json.write(definition),
        json.path("state_machine_type").isTextual()
            ? StateMachineType.valueOf(json.path("state_machine_type").asText())
            : StateMachineType.STANDARD,
        inputText(json),
        required(json, "expected"),
        json.path("expected_exact").asBoolean(true),
        strings(json.path("expected_placeholders")),
        strings(json.path("features")),
        lambdaFunctions(json.path("lambda_functions")),
        history.isArray() ? Optional.of(strings(history)) : Optional.empty());
  }

  private static String inputText(JsonNode json) {
    if (json.path("input_text").isTextual()) {
      return json.path("input_text").asText();
    }
    JsonNode input = json.path("input");
    return input.isMissingNode() || input.isNull() ? "{}" : Json.write(input);
  }

  private static List<LambdaSpec> lambdaFunctions(JsonNode functions) {
    List<LambdaSpec> specs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : functions.properties()) {
      JsonNode fn = entry.getValue();
      specs.add(
          new LambdaSpec(
              entry.getKey(),
              fn.path("name").asText(""),
              fn.path("source").asText(""),
              LambdaBehaviour.fromJson(fn.path("behaviour"))));
    }
    return specs;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.asText()));
    return values;
  }

  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }
}
