package dev.opsflow.shared.telemetry;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricResolution;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Powertools' {@link Metrics} that keeps each flush's metrics and dimensions instead of printing EMF. */
final class RecordingMetrics implements Metrics {
  record Flush(Map<String, Double> metrics, Map<String, MetricUnit> units, Map<String, String> dimensions) {}

  final List<Flush> flushes = new ArrayList<>();
  private Map<String, Double> metrics = new LinkedHashMap<>();
  private Map<String, MetricUnit> units = new LinkedHashMap<>();
  private Map<String, String> dimensions = new LinkedHashMap<>();

  @Override
  public void addMetric(String key, double value, MetricUnit unit, MetricResolution resolution) {
    metrics.put(key, value);
    units.put(key, unit);
  }

  @Override
  public void addDimension(DimensionSet dimensionSet) {
    dimensionSet.getDimensionKeys().forEach(k -> dimensions.put(k, dimensionSet.getDimensionValue(k)));
  }

  @Override
  public void flush() {
    flushes.add(new Flush(metrics, units, dimensions));
    metrics = new LinkedHashMap<>();
    units = new LinkedHashMap<>();
    dimensions = new LinkedHashMap<>();
  }

  @Override
  public void setTimestamp(Instant timestamp) {}

  @Override
  public void addMetadata(String key, Object value) {}

  @Override
  public void setDefaultDimensions(DimensionSet dimensionSet) {}

  @Override
  public DimensionSet getDefaultDimensions() {
    return DimensionSet.of(Map.of());
  }

  @Override
  public void setNamespace(String namespace) {}

  @Override
  public void setRaiseOnEmptyMetrics(boolean raiseOnEmptyMetrics) {}

  @Override
  public void clearDefaultDimensions() {}

  @Override
  public void captureColdStartMetric(Context context, DimensionSet dimensions) {}

  @Override
  public void captureColdStartMetric(DimensionSet dimensions) {}

  @Override
  public void flushMetrics(Consumer<Metrics> metricsConsumer) {}
}
