package dev.opsflow.local.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * OpenTelemetry metric data in the Prometheus text exposition format 0.0.4: sums as counters ({@code _total}),
 * gauges, and explicit-bucket histograms as cumulative {@code _bucket}/{@code _sum}/{@code _count} series.
 * Instrument names are used as they are (ours are Prometheus names already); other characters become {@code _}.
 */
final class PrometheusText {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private PrometheusText() {}

  static String render(Collection<MetricData> metrics) {
    StringBuilder out = new StringBuilder();
    List<MetricData> sorted = new ArrayList<>(metrics);
    sorted.sort(Comparator.comparing(MetricData::getName));
    for (MetricData metric : sorted) {
      String name = sanitise(metric.getName());
      switch (metric.getType()) {
        case LONG_SUM -> counterOrGauge(out, metric, name, metric.getLongSumData().isMonotonic(), metric.getLongSumData().getPoints());
        case DOUBLE_SUM -> counterOrGauge(out, metric, name, metric.getDoubleSumData().isMonotonic(), metric.getDoubleSumData().getPoints());
        case LONG_GAUGE -> counterOrGauge(out, metric, name, false, metric.getLongGaugeData().getPoints());
        case DOUBLE_GAUGE -> counterOrGauge(out, metric, name, false, metric.getDoubleGaugeData().getPoints());
        case HISTOGRAM -> histogram(out, metric, name, metric.getHistogramData().getPoints());
        default -> { } // exponential histograms and summaries: none of our instruments makes them
      }
    }
    return out.toString();
  }

  private static void counterOrGauge(StringBuilder out, MetricData metric, String name, boolean counter, Collection<? extends PointData> points) {
    String series = counter && !name.endsWith("_total") ? name + "_total" : name;
    header(out, metric, series, counter ? "counter" : "gauge");
    for (PointData point : points) {
      out.append(series).append(labels(point.getAttributes(), null)).append(' ').append(value(point)).append('\n');
    }
  }

  private static void histogram(StringBuilder out, MetricData metric, String name, Collection<HistogramPointData> points) {
    header(out, metric, name, "histogram");
    for (HistogramPointData point : points) {
      List<Double> bounds = point.getBoundaries();
      List<Long> counts = point.getCounts();
      long cumulative = 0;
      for (int i = 0; i < counts.size(); i++) {
        cumulative += counts.get(i);
        String le = i < bounds.size() ? number(bounds.get(i)) : "+Inf";
        out.append(name).append("_bucket").append(labels(point.getAttributes(), le)).append(' ').append(cumulative).append('\n');
      }
      out.append(name).append("_sum").append(labels(point.getAttributes(), null)).append(' ').append(number(point.getSum())).append('\n');
      out.append(name).append("_count").append(labels(point.getAttributes(), null)).append(' ').append(point.getCount()).append('\n');
    }
  }

  private static void header(StringBuilder out, MetricData metric, String name, String type) {
    if (!metric.getDescription().isEmpty()) {
      out.append("# HELP ").append(name).append(' ').append(metric.getDescription().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    }
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static String labels(Attributes attributes, String le) {
    List<String> pairs = new ArrayList<>();
    attributes.forEach((key, value) -> pairs.add(sanitise(key.getKey()) + "=\"" + escape(String.valueOf(value)) + "\""));
    pairs.sort(null);
    if (le != null) {
      pairs.add("le=\"" + le + "\"");
    }
    return pairs.isEmpty() ? "" : "{" + String.join(",", pairs) + "}";
  }

  private static String value(PointData point) {
    return switch (point) {
      case io.opentelemetry.sdk.metrics.data.LongPointData p -> Long.toString(p.getValue());
      case io.opentelemetry.sdk.metrics.data.DoublePointData p -> number(p.getValue());
      default -> "NaN";
    };
  }

  private static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  private static String sanitise(String name) {
    return name.replaceAll("[^a-zA-Z0-9_:]", "_");
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
