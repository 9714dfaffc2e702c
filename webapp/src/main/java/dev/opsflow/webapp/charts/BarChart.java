package dev.opsflow.webapp.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart's geometry for the template to draw as SVG (no chart script): bars in a 1000 x 260 viewBox with
 * a 40-unit margin for labels, scaled to the largest value. The template also renders the same numbers as a
 * table, which is what screen readers read.
 */
public record BarChart(String title, String unit, List<Bar> bars, long max) {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 260;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;
  private static final int LEFT = 40;

  /** One bar: its box, its label under the axis and its value above the bar. */
  public record Bar(String label, long value, int x, int y, int width, int height) {
    public int labelX() {
      return x + width / 2;
    }

    public int valueY() {
      return Math.max(12, y - 4);
    }
  }

  /** A label and a value. */
  public record Point(String label, long value) {}

  public static BarChart of(String title, String unit, List<Point> points) {
    long max = 1;
    for (Point point : points) {
      max = Math.max(max, point.value());
    }
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int slot = points.isEmpty() ? 0 : (WIDTH - LEFT) / points.size();
    int width = Math.max(2, slot * 7 / 10);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      int height = (int) (point.value() * plotHeight / max);
      bars.add(new Bar(point.label(), point.value(), LEFT + i * slot + (slot - width) / 2, TOP + plotHeight - height, width, height));
    }
    return new BarChart(title, unit, bars, max);
  }

  public int axisY() {
    return HEIGHT - BOTTOM;
  }

  /** Labels every n-th bar when there are many (30 days), so they do not overlap. */
  public boolean labelled(int index) {
    return bars.size() <= 12 || index % 5 == 0 || index == bars.size() - 1;
  }
}
