package dev.opsflow.local.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;

/**
 * AWS's {@code States.QueryEvaluationError} causes for a JSONata field, word for word as recorded. The
 * expression is quoted without its {@code {% %}} delimiters and surrounding blanks; the field is the path of the
 * value inside the state, e.g. {@code Output/FunctionResult} or {@code Assign/result}.
 */
final class QueryEvaluationErrors {
  private QueryEvaluationErrors() {}

  static StatesException undefined(String expression, String field) {
    return StatesException.queryEvaluation(prefix(expression, field) + " returned nothing (undefined).");
  }

  /** {@code detail} is e.g. "T1006: Attempted to invoke a non-function" (JSONata's code and message). */
  static StatesException threw(String expression, String field, String detail) {
    return StatesException.queryEvaluation(prefix(expression, field) + " threw an error during evaluation. " + detail);
  }

  static StatesException unsupportedResult(String expression, String field) {
    return StatesException.queryEvaluation(prefix(expression, field) + " returned an unsupported result type.");
  }

  static StatesException unexpectedType(String expression, String field, JsonataType expected, JsonNode actual) {
    return StatesException.queryEvaluation(
        prefix(expression, field)
            + " returned an unexpected result type. Expected '"
            + expected.awsName()
            + "', but was '"
            + JsonataType.of(actual).awsName()
            + "' for value: "
            + Json.write(actual));
  }

  private static String prefix(String expression, String field) {
    return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
  }
}
