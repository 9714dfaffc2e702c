package dev.opsflow.webapp.charts;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The numbers behind the charts, each one aggregate query over a window of days (UTC): requests per day,
 * completeness in fifths, time from receipt to resolution (confirmed or closed), and SLA breaches per day (a
 * request counts on each day an escalation message was sent for it).
 */
public final class ChartQueries {
  private final DataSource dataSource;

  public ChartQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<BarChart.Point> volumePerDay(LocalDate firstDay, LocalDate lastDay) {
    return perDay("SELECT (received_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n FROM requests"
        + " WHERE received_at >= ? AND received_at < ? GROUP BY 1", firstDay, lastDay);
  }

  public List<BarChart.Point> slaBreachesPerDay(LocalDate firstDay, LocalDate lastDay) {
    return perDay("SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(DISTINCT request_id) AS n FROM notifications"
        + " WHERE event = 'escalation' AND created_at >= ? AND created_at < ? GROUP BY 1", firstDay, lastDay);
  }

  public List<BarChart.Point> completeness(Instant since) {
    Map<String, Long> buckets = new LinkedHashMap<>();
    for (String label : List.of("not scored", "0-20 %", "20-40 %", "40-60 %", "60-80 %", "80-100 %")) {
      buckets.put(label, 0L);
    }
    String sql = """
        SELECT CASE WHEN completeness IS NULL THEN 0 ELSE least(width_bucket(completeness, 0, 1, 5), 5) END AS bucket,
               count(*) AS n
          FROM requests WHERE received_at >= ? GROUP BY 1""";
    List<String> labels = new ArrayList<>(buckets.keySet());
    query(sql, since, (bucket, n) -> buckets.put(labels.get(Math.max(0, bucket)), n));
    return points(buckets);
  }

  public List<BarChart.Point> timeToResolution(Instant since) {
    Map<String, Long> buckets = new LinkedHashMap<>();
    for (String label : List.of("< 1 h", "1-4 h", "4-24 h", "1-3 d", "> 3 d")) {
      buckets.put(label, 0L);
    }
    String sql = """
        SELECT CASE WHEN hours < 1 THEN 0 WHEN hours < 4 THEN 1 WHEN hours < 24 THEN 2 WHEN hours < 72 THEN 3 ELSE 4 END AS bucket,
               count(*) AS n
          FROM (SELECT extract(epoch FROM updated_at - received_at) / 3600 AS hours FROM requests
                 WHERE status IN ('confirmed', 'closed_not_service') AND received_at >= ?) resolved
         GROUP BY 1""";
    List<String> labels = new ArrayList<>(buckets.keySet());
    query(sql, since, (bucket, n) -> buckets.put(labels.get(bucket), n));
    return points(buckets);
  }

  private List<BarChart.Point> perDay(String sql, LocalDate firstDay, LocalDate lastDay) {
    Map<LocalDate, Long> days = new LinkedHashMap<>();
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      days.put(day, 0L);
    }
    Jdbc.withConnection(dataSource, "chart per day", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        Jdbc.setInstant(select, 1, firstDay.atStartOfDay().toInstant(ZoneOffset.UTC));
        Jdbc.setInstant(select, 2, lastDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            days.put(row.getObject("day", LocalDate.class), row.getLong("n"));
          }
        }
        return null;
      }
    });
    List<BarChart.Point> points = new ArrayList<>();
    days.forEach((day, n) -> points.add(new BarChart.Point(day.toString().substring(5), n)));
    return points;
  }

  private interface BucketSink {
    void accept(int bucket, long n);
  }

  private void query(String sql, Instant since, BucketSink sink) {
    Jdbc.withConnection(dataSource, "chart buckets", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        Jdbc.setInstant(select, 1, since);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            sink.accept(row.getInt("bucket"), row.getLong("n"));
          }
        }
        return null;
      }
    });
  }

  private static List<BarChart.Point> points(Map<String, Long> buckets) {
    List<BarChart.Point> points = new ArrayList<>();
    buckets.forEach((label, n) -> points.add(new BarChart.Point(label, n)));
    return points;
  }
}
