package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotifyChannel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One rung of a request's escalation: rung {@code number} (1 is the first) falls due at {@code dueAt} unless someone
 * has acted, and then tells {@code recipients} on {@code channels}. {@code last} marks the top of the ladder.
 */
public record EscalationStep(
    int number, boolean last, Instant dueAt, List<Person> recipients, List<NotifyChannel> channels) {
  public EscalationStep {
    if (number < 1) {
      throw new IllegalArgumentException("rung numbers start at 1: " + number);
    }
    Objects.requireNonNull(dueAt, "dueAt");
    recipients = List.copyOf(recipients);
    channels = List.copyOf(channels);
  }
}
