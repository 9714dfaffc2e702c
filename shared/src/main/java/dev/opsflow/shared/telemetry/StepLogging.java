package dev.opsflow.shared.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Structured logging for a Lambda step: runs the handler's work with {@code execution_id}, {@code request_id} and
 * {@code state_name} in the SLF4J MDC, so every line the step logs carries them. In Lambda it also runs under
 * Powertools logging (functional API, no AspectJ): the JSON layout ({@code log4j2.xml}, {@code LambdaJsonLayout})
 * adds the function's name, version, request id and cold start. Locally the engine sets the same three fields
 * around each invocation, and this only refreshes them.
 *
 * <pre>{@code
 * public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
 *   return StepLogging.withStep(context, StepFields.from(input), () -> service.handle(input));
 * }
 * }</pre>
 */
public final class StepLogging {
  public static final String EXECUTION_ID = "execution_id";
  public static final String REQUEST_ID = "request_id";
  public static final String STATE_NAME = "state_name";

  private static final boolean IN_LAMBDA = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;

  private StepLogging() {}

  /** Runs {@code work} with the step's fields in the MDC (and Powertools' Lambda fields in Lambda). */
  public static <T> T withStep(Context context, StepFields fields, Supplier<T> work) {
    return IN_LAMBDA && context != null ? PowertoolsLogging.withLogging(context, () -> inMdc(fields, work)) : inMdc(fields, work);
  }

  /** Runs {@code work} with the fields in the MDC; the thread's previous values are restored afterwards. */
  static <T> T inMdc(StepFields fields, Supplier<T> work) {
    String execution = MDC.get(EXECUTION_ID);
    String request = MDC.get(REQUEST_ID);
    String state = MDC.get(STATE_NAME);
    put(EXECUTION_ID, fields.executionId() == null ? execution : fields.executionId());
    put(REQUEST_ID, fields.requestId() == null ? request : fields.requestId());
    put(STATE_NAME, fields.stateName() == null ? state : fields.stateName());
    try {
      return work.get();
    } finally {
      put(EXECUTION_ID, execution);
      put(REQUEST_ID, request);
      put(STATE_NAME, state);
    }
  }

  private static void put(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
