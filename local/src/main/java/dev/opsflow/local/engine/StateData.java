package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.jsonata.JsonataBindings;
import dev.opsflow.local.asl.jsonata.JsonataEvaluator;
import dev.opsflow.local.asl.model.StateCommon;
import dev.opsflow.local.asl.path.DataContext;
import dev.opsflow.local.asl.path.PayloadTemplates;
import dev.opsflow.local.asl.path.Paths;
import dev.opsflow.local.asl.path.ResultPaths;

/**
 * A state's data flow in its query language. JSONPath: InputPath, Parameters, ResultSelector, ResultPath,
 * OutputPath. JSONata: Arguments and Output over {@code $states}. Both: Assign, evaluated against the values
 * the variables had when the state was entered.
 */
final class StateData {
  private final StateCommon common;
  private final JsonNode rawInput;
  private final ObjectNode context;
  private final Scope scope;
  private final JsonataEvaluator jsonata;

  StateData(StateCommon common, JsonNode rawInput, ObjectNode context, Scope scope, JsonataEvaluator jsonata) {
    this.common = common;
    this.rawInput = rawInput;
    this.context = context;
    this.scope = scope;
    this.jsonata = jsonata;
  }

  JsonataEvaluator jsonataEvaluator() {
    return jsonata;
  }

  boolean jsonata() {
    return common.jsonata();
  }

  JsonNode rawInput() {
    return rawInput;
  }

  ObjectNode context() {
    return context;
  }

  DataContext pathContext(JsonNode data) {
    return new DataContext(data, context, scope::lookup);
  }

  DataContext pathContext(JsonNode data, ObjectNode contextObject) {
    return new DataContext(data, contextObject, scope::lookup);
  }

  JsonataBindings bindings(JsonNode result, JsonNode errorOutput) {
    return bindings(context, result, errorOutput);
  }

  JsonataBindings bindings(ObjectNode contextObject, JsonNode result, JsonNode errorOutput) {
    ObjectNode states = JsonNodeFactory.instance.objectNode();
    states.set("input", rawInput);
    states.set("context", contextObject);
    if (result != null) {
      states.set("result", result);
    }
    if (errorOutput != null) {
      states.set("errorOutput", errorOutput);
    }
    return new JsonataBindings(states, scope.all());
  }

  /** JSONPath: the input after InputPath; JSONata: the raw input. */
  JsonNode effectiveInput() {
    if (jsonata() || common.inputPath() == null) {
      return rawInput;
    }
    if (common.inputPath().isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    return Paths.select("InputPath", common.inputPath().asText(), pathContext(rawInput));
  }

  /** What a Task, Parallel or Pass works on: Parameters (JSONPath) or Arguments (JSONata), else the input. */
  JsonNode parameters(JsonNode effectiveInput) {
    if (jsonata()) {
      return common.arguments() == null ? rawInput : evaluate("Arguments", common.arguments(), null, null);
    }
    return common.parameters() == null
        ? effectiveInput
        : PayloadTemplates.evaluate("Parameters", common.parameters(), pathContext(effectiveInput));
  }

  /** JSONPath's ResultSelector over a task's raw result. */
  JsonNode selectResult(JsonNode result) {
    if (jsonata() || common.resultSelector() == null) {
      return result;
    }
    return PayloadTemplates.evaluate("ResultSelector", common.resultSelector(), pathContext(result));
  }

  /**
   * Evaluates an Assign block: JSONPath against {@code pathData} ({@code $}), JSONata with {@code $states.result}
   * / {@code $states.errorOutput} bound. Returns null when there is nothing to assign.
   */
  ObjectNode assign(JsonNode template, JsonNode pathData, JsonNode result, JsonNode errorOutput) {
    if (template == null) {
      return null;
    }
    JsonNode assigned =
        jsonata()
            ? evaluate("Assign", template, result, errorOutput)
            : PayloadTemplates.evaluate("Assign", template, pathContext(pathData));
    return assigned instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
  }

  /** The output of a state that produced {@code result} (Pass, Task, Parallel, Map). */
  JsonNode resultOutput(JsonNode result) {
    if (jsonata()) {
      return common.output() == null ? result : evaluate("Output", common.output(), result, null);
    }
    JsonNode combined = ResultPaths.apply(rawInput, resultPath(common.resultPath()), result);
    return outputPath(combined);
  }

  /** The output of a state that passes its input on (Choice, Wait, Succeed). */
  JsonNode passOutput(JsonNode effectiveInput, JsonNode outputTemplate) {
    if (jsonata()) {
      return outputTemplate == null ? rawInput : evaluate("Output", outputTemplate, null, null);
    }
    return outputPath(effectiveInput);
  }

  /** The output of a Catch that caught {@code errorOutput}. */
  JsonNode catchOutput(JsonNode resultPath, JsonNode output, JsonNode errorOutput) {
    if (jsonata()) {
      return output == null ? errorOutput : evaluate("Output", output, null, errorOutput);
    }
    return ResultPaths.apply(rawInput, resultPath(resultPath), errorOutput);
  }

  JsonNode evaluate(String field, JsonNode template, JsonNode result, JsonNode errorOutput) {
    return jsonata.evaluate(field, template, bindings(result, errorOutput));
  }

  private JsonNode outputPath(JsonNode data) {
    if (common.outputPath() == null) {
      return data;
    }
    if (common.outputPath().isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    return Paths.select("OutputPath", common.outputPath().asText(), pathContext(data));
  }

  private static String resultPath(JsonNode resultPath) {
    if (resultPath == null) {
      return "$";
    }
    return resultPath.isNull() ? null : resultPath.asText();
  }
}
