package dev.opsflow.shared.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.config.BusinessHours;
import dev.opsflow.shared.config.BusinessHours.OpeningInterval;
import dev.opsflow.shared.config.Sla;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final OpeningInterval NINE_TO_NOON = new OpeningInterval(9 * 60, 12 * 60);
  private static final OpeningInterval EIGHT_TO_FIVE = new OpeningInterval(8 * 60, 17 * 60);

  /** Mon-Fri 08:00-17:00, Sat 09:00-12:00, Sun closed, Christmas (a Friday in 2026) closed. */
  private final BusinessCalendar calendar = new BusinessCalendar(new BusinessHours(CHICAGO,
      week(EIGHT_TO_FIVE, NINE_TO_NOON, null), Map.of(LocalDate.of(2026, 12, 25), "Christmas Day")));

  @Test
  void isOpen_respectsHoursWeekendsAndHolidays() {
    assertThat(calendar.isOpen(local("2026-11-23T10:00"))).as("Monday morning").isTrue();
    assertThat(calendar.isOpen(local("2026-11-23T08:00"))).as("opening minute").isTrue();
    assertThat(calendar.isOpen(local("2026-11-23T17:00"))).as("closing minute").isFalse();
    assertThat(calendar.isOpen(local("2026-11-22T10:00"))).as("Sunday").isFalse();
    assertThat(calendar.isOpen(local("2026-12-25T10:00"))).as("Christmas").isFalse();
  }

  @Test
  void withinOneDay_addsMinutes() {
    // WHEN 120 business minutes from Monday 10:00 THEN Monday 12:00
    assertThat(calendar.plusBusinessMinutes(local("2026-11-23T10:00"), 120)).isEqualTo(local("2026-11-23T12:00"));
  }

  @Test
  void pastClosing_continuesNextMorning() {
    // WHEN 120 minutes from Monday 16:00 THEN 60 today and 60 from Tuesday 08:00
    assertThat(calendar.plusBusinessMinutes(local("2026-11-23T16:00"), 120)).isEqualTo(local("2026-11-24T09:00"));
  }

  @Test
  void receivedAfterHours_startsCountingAtOpening() {
    // WHEN 60 minutes from Monday 20:00 THEN Tuesday 09:00
    assertThat(calendar.plusBusinessMinutes(local("2026-11-23T20:00"), 60)).isEqualTo(local("2026-11-24T09:00"));
  }

  @Test
  void weekend_countsSaturdayMorningAndSkipsSunday() {
    // WHEN 120 minutes from Saturday 11:00 THEN 60 on Saturday, none on Sunday, 60 on Monday
    assertThat(calendar.plusBusinessMinutes(local("2026-11-21T11:00"), 120)).isEqualTo(local("2026-11-23T09:00"));
  }

  @Test
  void holiday_isSkipped() {
    // WHEN 120 minutes from Thursday 24 December 16:00 THEN 60 that day, Christmas closed, 60 on Saturday
    assertThat(calendar.plusBusinessMinutes(local("2026-12-24T16:00"), 120)).isEqualTo(local("2026-12-26T10:00"));
  }

  @Test
  void deadlineOnClosingMinute_isTheClosingTime() {
    // WHEN exactly the rest of the day THEN closing time, not next morning
    assertThat(calendar.plusBusinessMinutes(local("2026-11-23T15:00"), 120)).isEqualTo(local("2026-11-23T17:00"));
  }

  @Test
  void afterSpringForward_openingKeepsItsLocalTime() {
    // GIVEN DST starts on Sunday 8 March 2026 (closed); Saturday before is CST, Monday after is CDT
    // WHEN 60 minutes from Saturday 11:30
    Instant due = calendar.plusBusinessMinutes(local("2026-03-07T11:30"), 60);

    // THEN 30 on Saturday, then Monday 08:00 local (13:00Z, not 14:00Z) + 30
    assertThat(due).isEqualTo(Instant.parse("2026-03-09T13:30:00Z"));
  }

  @Test
  void onSpringForwardDay_countsRealMinutes() {
    // GIVEN a business open around the clock
    BusinessCalendar allDay = new BusinessCalendar(new BusinessHours(CHICAGO,
        week(new OpeningInterval(0, 1440), new OpeningInterval(0, 1440), new OpeningInterval(0, 1440)), Map.of()));

    // WHEN 180 minutes from midnight on the day 02:00 is skipped
    Instant due = allDay.plusBusinessMinutes(local("2026-03-08T00:00"), 180);

    // THEN three real hours later, which reads 04:00 local
    assertThat(due).isEqualTo(Instant.parse("2026-03-08T09:00:00Z"));
    assertThat(due.atZone(CHICAGO).toLocalTime()).hasToString("04:00");
  }

  @Test
  void onFallBackDay_theRepeatedHourCounts() {
    // GIVEN open Sundays 01:00-05:00 local; on 1 November 2026 01:00-02:00 happens twice
    BusinessCalendar sundayNight = new BusinessCalendar(new BusinessHours(CHICAGO,
        week(null, null, new OpeningInterval(60, 300)), Map.of()));

    // WHEN 300 minutes from the opening
    Instant due = sundayNight.plusBusinessMinutes(local("2026-11-01T01:00"), 300);

    // THEN the window was five real hours long, so it ends exactly at 05:00 CST
    assertThat(due).isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
  }

  @Test
  void emergencyOnTheAlwaysClock_countsEveryMinuteEvenWhenClosed() {
    // GIVEN Sunday 03:00, closed
    Instant sundayNight = local("2026-11-22T03:00");

    // WHEN an always-clock SLA of 15 minutes and a business-clock one of 15 minutes fall due
    Instant always = calendar.due(sundayNight, new Sla(15, Sla.Clock.ALWAYS), 0);
    Instant business = calendar.due(sundayNight, new Sla(15, Sla.Clock.BUSINESS), 0);

    // THEN the emergency is due at 03:15, the business one Monday 08:15
    assertThat(always).isEqualTo(local("2026-11-22T03:15"));
    assertThat(business).isEqualTo(local("2026-11-23T08:15"));
  }

  @Test
  void neverOpen_failsInsteadOfLooping() {
    // GIVEN hours with no opening at all
    BusinessCalendar never = new BusinessCalendar(new BusinessHours(CHICAGO, Map.of(), Map.of()));

    // WHEN/THEN
    assertThat(never.isOpen(local("2026-11-23T10:00"))).isFalse();
    assertThatThrownBy(() -> never.plusBusinessMinutes(local("2026-11-23T10:00"), 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No business hours");
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(CHICAGO).toInstant();
  }

  /** Weekdays, Saturday and Sunday openings; null means closed. */
  private static Map<DayOfWeek, List<OpeningInterval>> week(
      OpeningInterval weekday, OpeningInterval saturday, OpeningInterval sunday) {
    Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      OpeningInterval interval = switch (day) {
        case SATURDAY -> saturday;
        case SUNDAY -> sunday;
        default -> weekday;
      };
      week.put(day, interval == null ? List.of() : List.of(interval));
    }
    return week;
  }
}
