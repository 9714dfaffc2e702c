package dev.opsflow.shared.telemetry;

import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Per-step metrics of a Lambda step as CloudWatch Embedded Metric Format, through Powertools metrics (functional
 * API): {@code Invocations}, {@code Errors} and {@code Duration} (milliseconds) with the dimension {@code
 * StateName}, in the namespace {@code POWERTOOLS_METRICS_NAMESPACE} (default {@value #DEFAULT_NAMESPACE}), flushed
 * after each invocation. The same three series the local node exposes to Prometheus ({@code
 * opsflow_step_invocations_total}, {@code opsflow_step_errors_total}, {@code opsflow_step_duration_seconds}).
 * Outside Lambda it records nothing: the local engine measures every step from the history already, and EMF
 * outside Lambda needs {@code AWS_EMF_ENVIRONMENT=Local} or its environment probe hangs.
 */
public final class StepMetrics {
  public static final String DEFAULT_NAMESPACE = "opsflow";
  private static final StepMetrics FROM_ENVIRONMENT = fromEnvironment();

  private final Metrics metrics;

  /** Records into {@code metrics}; null records nothing. */
  public StepMetrics(Metrics metrics) {
    this.metrics = metrics;
  }

  /** The process's instance: Powertools' metrics in Lambda, nothing elsewhere. */
  public static StepMetrics get() {
    return FROM_ENVIRONMENT;
  }

  private static StepMetrics fromEnvironment() {
    if (System.getenv("AWS_LAMBDA_FUNCTION_NAME") == null) {
      return new StepMetrics(null);
    }
    Metrics metrics = MetricsFactory.getMetricsInstance();
    if (System.getenv("POWERTOOLS_METRICS_NAMESPACE") == null) {
      metrics.setNamespace(DEFAULT_NAMESPACE);
    }
    return new StepMetrics(metrics);
  }

  /** Runs {@code work}, then records one invocation, its error (if it threw) and its duration, and flushes. */
  public <T> T measure(StepFields fields, Supplier<T> work) {
    if (metrics == null) {
      return work.get();
    }
    long began = System.nanoTime();
    boolean failed = true;
    try {
      T result = work.get();
      failed = false;
      return result;
    } finally {
      metrics.addDimension(DimensionSet.of("StateName", fields.stateName() == null ? "unknown" : fields.stateName()));
      metrics.addMetric("Invocations", 1, MetricUnit.COUNT);
      metrics.addMetric("Errors", failed ? 1 : 0, MetricUnit.COUNT);
      metrics.addMetric("Duration", (System.nanoTime() - began) / 1e6, MetricUnit.MILLISECONDS);
      metrics.flush();
    }
  }
}
