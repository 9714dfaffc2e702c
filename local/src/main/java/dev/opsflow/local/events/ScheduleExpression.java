package dev.opsflow.local.events;

import java.time.Instant;
import java.util.Optional;

/**
 * An EventBridge schedule expression, {@code rate(5 minutes)} or {@code cron(0 9 * * ? *)} (UTC), as the slots
 * it fires at. A schedule's next slot is kept in the database, so slots are computed from the last one fired.
 */
public sealed interface ScheduleExpression permits RateExpression, CronExpression {
  /** Parses {@code text}; throws ValidationException ({@link EventsApiException}) as PutRule does. */
  static ScheduleExpression parse(String text) {
    if (text != null && text.startsWith("rate(") && text.endsWith(")")) {
      return RateExpression.parse(text.substring(5, text.length() - 1));
    }
    if (text != null && text.startsWith("cron(") && text.endsWith(")")) {
      return CronExpression.parse(text.substring(5, text.length() - 1));
    }
    throw invalid();
  }

  /** The first slot of a schedule made (or changed) at {@code created}; empty when it never fires. */
  Optional<Instant> first(Instant created);

  /**
   * The slot after {@code fired} that is still to come at {@code now}: slots missed while the node was down are
   * not made up one by one (EventBridge does not backfill either); the one that was due has just fired.
   */
  Optional<Instant> following(Instant fired, Instant now);

  static EventsApiException invalid() {
    return EventsApiException.validation("Parameter ScheduleExpression is not valid.");
  }
}
