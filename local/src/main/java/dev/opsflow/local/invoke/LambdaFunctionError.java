package dev.opsflow.local.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A function error as the Lambda runtime reports it: the error type (for Java, the exception's fully-qualified
 * class name) and the runtime's error object {@code {"errorMessage","errorType","stackTrace"}}.
 */
public class LambdaFunctionError extends Exception {
  private static final long serialVersionUID = 1L;
  private final String errorType;
  private final transient ObjectNode errorObject;

  public LambdaFunctionError(String errorType, ObjectNode errorObject) {
    super(errorType, null, false, false);
    this.errorType = errorType;
    this.errorObject = errorObject;
  }

  public String errorType() {
    return errorType;
  }

  public ObjectNode errorObject() {
    return errorObject;
  }
}
