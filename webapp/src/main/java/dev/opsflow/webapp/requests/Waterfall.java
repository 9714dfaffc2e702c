package dev.opsflow.webapp.requests;

import dev.opsflow.shared.timeline.TimelineStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline as a waterfall drawn in SVG by the template: one bar per state entry, placed on a shared time
 * axis from the first entry to the last exit (or now, for states still running). Bars are at least 2 units wide
 * so an instant Choice still shows. Coordinates are in a 1000-unit-wide viewBox; labels take the left 260.
 */
public record Waterfall(List<Bar> bars, Duration total, int height) {
  public static final int LABEL_WIDTH = 260;
  public static final int CHART_WIDTH = 700;
  public static final int ROW = 22;

  /** One bar: its row's y, its x and width, the state's name and type, the duration as text, and its CSS class. */
  public record Bar(int y, int x, int width, String name, String type, String duration, String status, String error, int attempts) {
    public int textY() {
      return y + 15;
    }

    public int durationX() {
      return Math.min(x + width + 6, LABEL_WIDTH + CHART_WIDTH + 4);
    }
  }

  public static Waterfall of(List<TimelineStep> steps, Instant now) {
    if (steps.isEmpty()) {
      return new Waterfall(List.of(), Duration.ZERO, 0);
    }
    Instant start = steps.getFirst().entered();
    Instant end = start;
    for (TimelineStep step : steps) {
      Instant stepEnd = step.exited() == null ? now : step.exited();
      if (stepEnd.isAfter(end)) {
        end = stepEnd;
      }
    }
    long span = Math.max(1, Duration.between(start, end).toMillis());
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (TimelineStep step : steps) {
      Instant stepEnd = step.exited() == null ? now : step.exited();
      long from = Duration.between(start, step.entered()).toMillis();
      long length = Math.max(0, Duration.between(step.entered(), stepEnd).toMillis());
      int x = LABEL_WIDTH + (int) (from * CHART_WIDTH / span);
      int width = Math.max(2, (int) (length * CHART_WIDTH / span));
      bars.add(new Bar(y, x, Math.min(width, LABEL_WIDTH + CHART_WIDTH - x + 2), step.name(), step.type(),
          format(Duration.ofMillis(length)) + (step.exited() == null ? " so far" : ""),
          step.status().name().toLowerCase(java.util.Locale.ROOT), step.error(), step.attempts()));
      y += ROW;
    }
    return new Waterfall(bars, Duration.between(start, end), y + 4);
  }

  public String totalText() {
    return format(total);
  }

  /** 12 ms, 3.4 s, 5 min 02 s, 2 h 10 min, 3 d 4 h. */
  public static String format(Duration duration) {
    long ms = duration.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long seconds = duration.toSeconds();
    if (seconds < 3600) {
      return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    if (seconds < 86_400) {
      return String.format(java.util.Locale.ROOT, "%d h %d min", seconds / 3600, seconds % 3600 / 60);
    }
    return String.format(java.util.Locale.ROOT, "%d d %d h", seconds / 86_400, seconds % 86_400 / 3600);
  }
}
