package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * When the business is open: a time zone, open intervals per weekday (local wall-clock time) and closed holidays.
 * Every weekday has an entry; an empty list means closed all day.
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> weekly, Map<LocalDate, String> holidays) {

  /**
   * Open from {@code startMinute} to {@code endMinute} (exclusive), in minutes after local midnight; 1440 is the end of
   * the day, so {@code 00:00-24:00} is open all day.
   */
  public record OpeningInterval(int startMinute, int endMinute) {
    public OpeningInterval {
      if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
        throw new IllegalArgumentException("Bad opening interval " + startMinute + "-" + endMinute);
      }
    }

    /** Parses {@code HH:MM} ({@code 24:00} allowed) into minutes after midnight. */
    static int minuteOfDay(String text) {
      return "24:00".equals(text) ? 1440 : LocalTime.parse(text).toSecondOfDay() / 60;
    }
  }

  public BusinessHours {
    Objects.requireNonNull(zone, "zone");
    Map<DayOfWeek, List<OpeningInterval>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day, List.copyOf(weekly.getOrDefault(day, List.of())));
    }
    weekly = Nodes.ordered(days);
    holidays = Nodes.ordered(holidays);
  }

  /** The intervals the business is open on that local date: none on a holiday. */
  public List<OpeningInterval> openingsOn(LocalDate date) {
    return holidays.containsKey(date) ? List.of() : weekly.get(date.getDayOfWeek());
  }

  static BusinessHours fromJson(JsonNode node) {
    Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    node.path("weekly").properties().forEach(e -> weekly.put(
        DayOfWeek.valueOf(e.getKey().toUpperCase(Locale.ROOT)),
        Nodes.list(e.getValue(), i -> new OpeningInterval(
            OpeningInterval.minuteOfDay(i.path("open").asText()),
            OpeningInterval.minuteOfDay(i.path("close").asText())))));
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    node.path("holidays").forEach(h -> holidays.put(LocalDate.parse(h.path("date").asText()), h.path("name").asText()));
    return new BusinessHours(ZoneId.of(node.path("timezone").asText()), weekly, holidays);
  }
}
