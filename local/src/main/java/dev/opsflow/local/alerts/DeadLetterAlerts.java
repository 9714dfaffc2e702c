package dev.opsflow.local.alerts;

import dev.opsflow.local.events.DeadLetter;
import dev.opsflow.local.events.DeadLetters;
import dev.opsflow.shared.alert.Incident;
import dev.opsflow.shared.alert.Incidents;
import java.util.Comparator;
import java.util.List;

/**
 * Alerts operators about the event bus's dead letters (events no rule matched, deliveries that ran out of
 * retries): each dead letter is one incident, so looking again, or after a restart, alerts nobody twice. It reads
 * the bus's own public view of its dead letters; the replayed ones are left alone.
 */
final class DeadLetterAlerts {
  private static final int PAGE = 100;

  private final DeadLetters deadLetters;
  private final Incidents alerts;
  private long lastSeen;

  DeadLetterAlerts(DeadLetters deadLetters, Incidents alerts) {
    this.deadLetters = deadLetters;
    this.alerts = alerts;
  }

  /** Raises an incident for every dead letter newer than the last look; returns how many were new incidents. */
  int check() {
    List<DeadLetter> fresh = deadLetters.list(false, PAGE).stream()
        .filter(letter -> letter.id() > lastSeen)
        .sorted(Comparator.comparingLong(DeadLetter::id))
        .toList();
    int raised = 0;
    for (DeadLetter letter : fresh) {
      String source = "event bus " + letter.eventBus() + (letter.ruleName() == null ? "" : " (rule " + letter.ruleName() + ")");
      String reason = letter.reason() + (letter.errorMessage() == null ? "" : ": " + letter.errorMessage())
          + " after " + letter.attempts() + " attempt(s), event " + letter.eventId();
      if (alerts.raise(Incident.deadLetter("bus-" + letter.id(), source, reason))) {
        raised++;
      }
      lastSeen = letter.id();
    }
    return raised;
  }
}
