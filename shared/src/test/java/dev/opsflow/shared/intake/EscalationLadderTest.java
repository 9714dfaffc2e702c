package dev.opsflow.shared.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.config.ConfigFixtures;
import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotifyChannel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped ladder: Chicago time, Mon-Thu 07:30-18:00, Fri 07:30-17:00, Sat 09:00-13:00, Thanksgiving closed;
 * SLA emergency 15 min around the clock, urgent 120 and routine 480 business minutes.
 */
class EscalationLadderTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private final EscalationLadder ladder = new EscalationLadder(ConfigFixtures.shipped().notifications());

  @Test
  void urgentRequestLateFriday_fallsDueSaturdayAndClimbs() {
    // GIVEN an urgent plumbing request at Friday 16:00
    Instant received = local("2026-11-20T16:00");

    // WHEN the ladder is planned
    List<EscalationStep> plan = ladder.plan(received, Urgency.URGENT, "plumbing");

    // THEN 60 minutes on Friday, the rest on Saturday; each rung later and to someone more senior
    assertThat(ladder.slaDue(received, Urgency.URGENT)).isEqualTo(local("2026-11-21T10:00"));
    assertThat(plan).extracting(EscalationStep::dueAt)
        .containsExactly(local("2026-11-21T10:00"), local("2026-11-21T11:00"), local("2026-11-21T13:00"));
    assertThat(plan.get(0).recipients()).extracting(Person::id).containsExactly("tom-kowalski");
    assertThat(plan.get(0).channels()).containsExactly(NotifyChannel.SMS, NotifyChannel.SLACK);
    assertThat(plan.get(1).recipients()).extracting(Person::id).containsExactly("dana-whitfield", "marcus-reyes");
    assertThat(plan.get(2).recipients()).extracting(Person::id).containsExactly("dana-whitfield");
    assertThat(plan).extracting(EscalationStep::last).containsExactly(false, false, true);
  }

  @Test
  void emergencyAtNightOnSunday_countsClockMinutes() {
    // GIVEN an emergency routed to on-call at 03:00 on a Sunday, when the business is closed
    Instant received = local("2026-11-22T03:00");

    // WHEN rung 1 and 3 are asked for
    EscalationStep first = ladder.rung(1, received, Urgency.EMERGENCY, "on-call").orElseThrow();
    EscalationStep third = ladder.rung(3, received, Urgency.EMERGENCY, "on-call").orElseThrow();

    // THEN 15 and 45 minutes later; rung 1 tells the on-call lead and the dispatchers, once each
    assertThat(first.dueAt()).isEqualTo(local("2026-11-22T03:15"));
    assertThat(first.recipients()).extracting(Person::id).containsExactly("marcus-reyes", "priya-nair");
    assertThat(third.dueAt()).isEqualTo(local("2026-11-22T03:45"));
  }

  @Test
  void routineBeforeThanksgiving_skipsTheHoliday() {
    // GIVEN a routine request Wednesday 25 November 15:00, the day before Thanksgiving
    Instant received = local("2026-11-25T15:00");

    // WHEN the SLA is computed
    Instant due = ladder.slaDue(received, Urgency.ROUTINE);

    // THEN 180 minutes on Wednesday, none on Thursday, 300 from Friday 07:30
    assertThat(due).isEqualTo(local("2026-11-27T12:30"));
  }

  @Test
  void rungOutsideTheLadder_isEmpty() {
    // GIVEN the routine ladder has two rungs
    Instant received = local("2026-11-23T09:00");

    // WHEN/THEN
    assertThat(ladder.rungCount(Urgency.ROUTINE)).isEqualTo(2);
    assertThat(ladder.rung(0, received, Urgency.ROUTINE, "hvac")).isEmpty();
    assertThat(ladder.rung(3, received, Urgency.ROUTINE, "hvac")).isEmpty();
    assertThat(ladder.rung(2, received, Urgency.ROUTINE, null)).get()
        .extracting(EscalationStep::last).isEqualTo(true);
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(CHICAGO).toInstant();
  }
}
