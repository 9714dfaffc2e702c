package dev.opsflow.local.invoke;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Java exception as AWS's Java Lambda runtime reports it: {@code errorType} is the fully-qualified class name
 * (what ASL Retry and Catch match), the error object carries message, type, stack trace and the cause chain.
 */
final class JavaErrors {
  private JavaErrors() {}

  static LambdaFunctionError of(Throwable thrown) {
    return new LambdaFunctionError(thrown.getClass().getName(), errorObject(thrown));
  }

  private static ObjectNode errorObject(Throwable thrown) {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("errorMessage", thrown.getMessage());
    error.put("errorType", thrown.getClass().getName());
    ArrayNode trace = error.putArray("stackTrace");
    for (StackTraceElement element : thrown.getStackTrace()) {
      trace.add(element.toString());
    }
    if (thrown.getCause() != null && thrown.getCause() != thrown) {
      error.set("cause", errorObject(thrown.getCause()));
    }
    return error;
  }
}
