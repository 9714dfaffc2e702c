package dev.opsflow.local.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;

/**
 * A function error as the Lambda runtime reports it: the error type (for Java, the exception's fully-qualified
 * class name) and the runtime's error object {@code {"errorMessage","errorType","stackTrace"}}, together with
 * the exact text the runtime wrote (a bare-ARN Task reports that text unchanged as the cause).
 */
public class LambdaFunctionError extends Exception {
  private static final long serialVersionUID = 1L;
  private final String errorType;
  private final transient ObjectNode errorObject;
  private final String payloadText;

  public LambdaFunctionError(String errorType, ObjectNode errorObject) {
    this(errorType, errorObject, Json.write(errorObject));
  }

  public LambdaFunctionError(String errorType, ObjectNode errorObject, String payloadText) {
    super(errorType, null, false, false);
    this.errorType = errorType;
    this.errorObject = errorObject;
    this.payloadText = payloadText;
  }

  public String errorType() {
    return errorType;
  }

  public ObjectNode errorObject() {
    return errorObject;
  }

  /** The error payload exactly as the runtime wrote it. */
  public String payloadText() {
    return payloadText;
  }
}
