package dev.opsflow.shared.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one call a handler makes for its telemetry: structured logs with the step's fields ({@link StepLogging})
 * and, in Lambda, its EMF metrics ({@link StepMetrics}).
 *
 * <pre>{@code
 * public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
 *   return StepTelemetry.run(context, input, () -> service.handle(input));
 * }
 * }</pre>
 */
public final class StepTelemetry {
  private StepTelemetry() {}

  /** Runs {@code work} for the step described by {@code input} (see {@link StepFields#from}). */
  public static <T> T run(Context context, Map<String, ?> input, Supplier<T> work) {
    return run(context, StepFields.from(input), work);
  }

  public static <T> T run(Context context, StepFields fields, Supplier<T> work) {
    return StepLogging.withStep(context, fields, () -> StepMetrics.get().measure(fields, work));
  }
}
