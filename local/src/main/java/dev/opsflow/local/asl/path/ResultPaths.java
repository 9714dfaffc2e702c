package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesErrors;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import java.util.List;

/**
 * Applies a JSONPath-mode {@code ResultPath}: where the state's result goes in its output. {@code
 * $} replaces the input with the result, a Java null (the field set to JSON null) discards the
 * result and keeps the input, and a reference path such as {@code $.a.b} or {@code $.list[0]}
 * writes the result into a copy of the input, creating missing objects on the way. ResultPath is a
 * reference path: it cannot read the context object or variables (AWS refuses such definitions).
 */
public final class ResultPaths {
  private ResultPaths() {}

  /**
   * The state output. Fails with {@code States.ResultPathMatchFailure} when the path cannot be
   * applied to the input (the input or an object on the way is a scalar, an index is out of
   * bounds).
   */
  public static JsonNode apply(JsonNode stateInput, String resultPath, JsonNode result) {
    if (resultPath == null) {
      return stateInput.deepCopy();
    }
    if (resultPath.equals("$")) {
      return result.deepCopy();
    }
    List<ReferencePath.Step> steps = ReferencePath.parse(resultPath);
    JsonNode output = stateInput.deepCopy();
    JsonNode container = output;
    for (int i = 0; i < steps.size(); i++) {
      container =
          step(
              container,
              steps.get(i),
              i == steps.size() - 1 ? result : null,
              resultPath,
              stateInput);
    }
    return output;
  }

  /**
   * Walks one step into {@code container}; on the last step ({@code value} non-null) writes the
   * value.
   */
  private static JsonNode step(
      JsonNode container,
      ReferencePath.Step step,
      JsonNode value,
      String resultPath,
      JsonNode stateInput) {
    if (step instanceof ReferencePath.Field field && container instanceof ObjectNode object) {
      if (value != null) {
        object.set(field.name(), value.deepCopy());
        return value;
      }
      return childObject(object, field.name(), resultPath, stateInput);
    }
    if (step instanceof ReferencePath.Index index
        && container instanceof ArrayNode array
        && index.position() >= 0
        && index.position() < array.size()) {
      if (value != null) {
        array.set(index.position(), value.deepCopy());
        return value;
      }
      return array.get(index.position());
    }
    throw cannotApply(resultPath, stateInput);
  }

  private static JsonNode childObject(
      ObjectNode parent, String name, String resultPath, JsonNode stateInput) {
    JsonNode child = parent.get(name);
    if (child == null || child.isNull()) {
      return parent.putObject(name);
    }
    if (!child.isContainerNode()) {
      throw cannotApply(resultPath, stateInput);
    }
    return child;
  }

  private static StatesException cannotApply(String resultPath, JsonNode stateInput) {
    return new StatesException(
        StatesErrors.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ReferencePath " + resultPath + " to input " + Json.write(stateInput));
  }
}
