package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import java.util.function.Function;

/**
 * What JSONPath-mode paths of one state see: {@code $...} reads {@code input} (the state's current
 * data), {@code $$...} reads {@code context} (the context object) and {@code $name...} reads the
 * variable {@code name}, which {@code variables} returns or reports as undefined with null.
 *
 * <p>{@link #resolve(String)} fails with the message AWS gives for an intrinsic-function argument;
 * {@link #resolve(String, String)} with the one AWS gives for a payload-template field such as
 * {@code 'value.$'}. Both return a copy the caller may modify.
 */
public record DataContext(JsonNode input, JsonNode context, Function<String, JsonNode> variables)
    implements PathContext {

  /**
   * A missing input reads as JSON null, a missing context object as {@code {}}, no variables as
   * none.
   */
  public DataContext {
    input = input == null ? Json.MAPPER.nullNode() : input;
    context = context == null ? Json.MAPPER.createObjectNode() : context;
    variables = variables == null ? name -> null : variables;
  }

  @Override
  public JsonNode resolve(String path) {
    return switch (lookup(path)) {
      case PathLookup.Found found -> found.value();
      case PathLookup.Missing missing ->
          throw StatesException.runtime(
              "The JsonPath argument for the field '"
                  + path
                  + "' could not be found in the input '"
                  + searchedText(missing)
                  + "'");
    };
  }

  /** Resolves {@code path} for the template field {@code field} (e.g. {@code value.$}). */
  public JsonNode resolve(String field, String path) {
    return switch (lookup(path)) {
      case PathLookup.Found found -> found.value();
      case PathLookup.Missing missing -> throw notFoundForField(field, missing);
    };
  }

  /**
   * AWS's message when a path of a field ({@code 'value.$'}, {@code 'ErrorPath'} ...) finds
   * nothing.
   */
  StatesException notFoundForField(String field, PathLookup.Missing missing) {
    return StatesException.runtime(
        "The JSONPath '"
            + missing.path()
            + "' specified for the field '"
            + field
            + "' could not be found in the input '"
            + searchedText(missing)
            + "'");
  }

  /** Evaluates {@code path} without throwing, for callers that word the failure themselves. */
  PathLookup lookup(String path) {
    if (!path.startsWith("$")) {
      return new PathLookup.Missing(path, input, "Path must start with '$'");
    }
    if (path.startsWith("$$")) {
      return relabel(JsonPathReader.read(context, path.substring(1)), path);
    }
    if (path.length() == 1 || path.charAt(1) == '.' || path.charAt(1) == '[') {
      return JsonPathReader.read(input, path);
    }
    int end = 1;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    String name = path.substring(1, end);
    JsonNode value = variables.apply(name);
    if (value == null) {
      return new PathLookup.Missing(path, null, "Undefined variable: $" + name);
    }
    return relabel(JsonPathReader.read(value, "$" + path.substring(end)), path);
  }

  private static PathLookup relabel(PathLookup lookup, String path) {
    return lookup instanceof PathLookup.Missing missing
        ? new PathLookup.Missing(path, missing.searched(), missing.reason())
        : lookup;
  }

  private String searchedText(PathLookup.Missing missing) {
    return Json.write(missing.searched() == null ? input : missing.searched());
  }
}
