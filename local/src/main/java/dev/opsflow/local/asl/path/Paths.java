package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;

/**
 * Evaluates the single-path fields of JSONPath mode: {@code InputPath}, {@code OutputPath}, {@code
 * ItemsPath}, {@code SecondsPath}, {@code TimestampPath}, {@code ErrorPath}, {@code CausePath},
 * {@code MaxConcurrencyPath} and the other {@code *Path} fields. The caller handles an absent or
 * JSON-null field; this class evaluates a present path and, when it finds nothing, fails with
 * {@code States.Runtime} worded as AWS words it for that field.
 */
public final class Paths {
  private Paths() {}

  /**
   * The value {@code path} selects; for example {@code select("InputPath", "$.a", ctx)}. An
   * indefinite path (wildcard, slice, filter) yields an array, empty when nothing matched.
   */
  public static JsonNode select(String field, String path, PathContext ctx) {
    if (!(ctx instanceof DataContext data)) {
      return ctx.resolve(path);
    }
    return switch (data.lookup(path)) {
      case PathLookup.Found found -> found.value();
      case PathLookup.Missing missing -> throw notFound(field, missing, data);
    };
  }

  private static StatesException notFound(
      String field, PathLookup.Missing missing, DataContext data) {
    return switch (field) {
      case "InputPath", "OutputPath" ->
          StatesException.runtime("Invalid path '" + missing.path() + "' : " + missing.reason());
      case "SecondsPath", "TimestampPath" ->
          StatesException.runtime(
              "The " + field + " parameter does not reference an input value: " + missing.path());
      default -> data.notFoundForField(field, missing);
    };
  }
}
