package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EventBridge schedule expressions: rate and six-field cron (UTC), with the cron examples of the EventBridge guide. */
class ScheduleExpressionTest {
  @Test
  void rate_firesEveryPeriodFromCreation_andSkipsSlotsMissedWhileDown() {
    // GIVEN rate(5 minutes) made at 10:00:30
    ScheduleExpression rate = ScheduleExpression.parse("rate(5 minutes)");
    Instant created = Instant.parse("2026-03-02T10:00:30Z");
    // WHEN its slots are computed
    // THEN the first is 5 minutes later, the next 5 after that, and after a 22-minute gap the next still-future slot
    assertThat(rate.first(created)).contains(Instant.parse("2026-03-02T10:05:30Z"));
    assertThat(rate.following(Instant.parse("2026-03-02T10:05:30Z"), Instant.parse("2026-03-02T10:05:31Z")))
        .contains(Instant.parse("2026-03-02T10:10:30Z"));
    assertThat(rate.following(Instant.parse("2026-03-02T10:05:30Z"), Instant.parse("2026-03-02T10:27:30Z")))
        .contains(Instant.parse("2026-03-02T10:30:30Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "rate(5 seconds)", "rate(five minutes)", "every 5 minutes",
      "cron(0 9 * * * *)", "cron(0 9 ? * ? *)", "cron(0 9 * *)", "cron(60 9 ? * MON *)", "cron(0 9 32 * ? *)", "cron(0 9 ? * 8 *)"})
  void invalidExpression_isRefusedAsPutRuleRefusesIt(String expression) {
    // GIVEN an expression EventBridge refuses
    // WHEN / THEN
    assertThatThrownBy(() -> ScheduleExpression.parse(expression))
        .isInstanceOf(EventsApiException.class)
        .hasMessage("Parameter ScheduleExpression is not valid.");
  }

  @Test
  void rate_singularAndPluralUnits_parse() {
    // GIVEN / WHEN / THEN
    assertThat(ScheduleExpression.parse("rate(1 hour)")).isEqualTo(new RateExpression(Duration.ofHours(1)));
    assertThat(ScheduleExpression.parse("rate(2 days)")).isEqualTo(new RateExpression(Duration.ofDays(2)));
  }

  @ParameterizedTest(name = "{0} after {1} is {2}")
  @CsvSource(delimiter = '|', value = {
    // 10:15 every day
    "cron(15 10 * * ? *)       | 2026-03-02T10:15:00Z | 2026-03-03T10:15:00Z",
    "cron(15 10 * * ? *)       | 2026-03-02T10:14:59Z | 2026-03-02T10:15:00Z",
    // 18:00 Monday to Friday (2026-03-06 is a Friday)
    "cron(0 18 ? * MON-FRI *)  | 2026-03-06T18:00:00Z | 2026-03-09T18:00:00Z",
    // 08:00 on the first day of every month
    "cron(0 8 1 * ? *)         | 2026-03-02T00:00:00Z | 2026-04-01T08:00:00Z",
    // every 10 minutes on weekdays
    "cron(0/10 * ? * MON-FRI *) | 2026-03-06T23:55:00Z | 2026-03-09T00:00:00Z",
    // every 5 minutes between 08:00 and 17:55 on weekdays
    "cron(0/5 8-17 ? * MON-FRI *) | 2026-03-02T17:55:00Z | 2026-03-03T08:00:00Z",
    // 09:00 on the first Monday of each month
    "cron(0 9 ? * 2#1 *)       | 2026-03-02T09:00:00Z | 2026-04-06T09:00:00Z",
    // last day of the month, and last weekday of the month
    "cron(0 12 L * ? *)        | 2026-02-01T00:00:00Z | 2026-02-28T12:00:00Z",
    "cron(0 12 LW * ? *)       | 2026-05-01T00:00:00Z | 2026-05-29T12:00:00Z",
    // the weekday nearest the 1st (2026-08-01 is a Saturday: Monday the 3rd, never July)
    "cron(0 12 1W * ? *)       | 2026-07-15T00:00:00Z | 2026-08-03T12:00:00Z",
    // last Friday of the month, in 2026 only
    "cron(0 10 ? * 6L 2026)    | 2026-03-02T00:00:00Z | 2026-03-27T10:00:00Z",
    // the 29th of February: the next leap year
    "cron(0 0 29 FEB ? *)      | 2026-03-02T00:00:00Z | 2028-02-29T00:00:00Z",
  })
  void cron_nextSlot_isTheDocumentedOne(String expression, String after, String expected) {
    // GIVEN a cron expression
    CronExpression cron = (CronExpression) ScheduleExpression.parse(expression.trim());
    // WHEN the slot after a time is asked
    // THEN it is the expected minute
    assertThat(cron.nextAfter(Instant.parse(after.trim()))).contains(Instant.parse(expected.trim()));
  }

  @Test
  void cronWithNoYearLeft_hasNoNextSlot() {
    // GIVEN a schedule for a year gone by
    CronExpression cron = (CronExpression) ScheduleExpression.parse("cron(0 10 * * ? 2020)");
    // WHEN / THEN it never fires
    assertThat(cron.nextAfter(Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
  }
}
