package dev.opsflow.local.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of Lambda functions ({@code functions/manifest.json}) from which both shapes resolve ASL
 * placeholders: tofu's {@code templatefile()} in AWS, {@link Placeholders} locally. Each entry names the step
 * ({@code extract-fields}) and its handler class.
 */
public record FunctionManifest(List<Entry> functions) {
  /** One function: its step name, handler class, memory (MB) and timeout (s). */
  public record Entry(String name, String handler, int memoryMb, int timeoutSeconds) {
    public Entry {
      if (name == null || !name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)+")) {
        throw new IllegalArgumentException("function name must be <verb>-<noun> in kebab case, was: " + name);
      }
      if (handler == null || handler.isBlank()) {
        throw new IllegalArgumentException("function " + name + " has no handler class");
      }
    }

    /** The placeholder that stands for this function's ARN: {@code extract_fields_function_arn}. */
    public String placeholder() {
      return name.replace('-', '_') + "_function_arn";
    }
  }

  public FunctionManifest {
    functions = List.copyOf(functions);
  }

  public static FunctionManifest read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new FunctionManifest(List.of());
    }
    JsonNode root;
    try {
      root = Json.parse(Files.readString(file));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode f : root.path("functions")) {
      try {
        entries.add(new Entry(f.path("name").asText(null), f.path("handler").asText(null), f.path("memoryMb").asInt(512), f.path("timeoutSeconds").asInt(30)));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    return new FunctionManifest(entries);
  }
}
