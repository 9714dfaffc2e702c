package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotificationPolicy.Team;
import java.util.List;
import java.util.Objects;

/**
 * Where a request goes: the team that owns it and the people to tell (the team's members, then any extra recipients
 * of the matching rule). {@code ruleIndex} is the position of the routing rule in {@code triage.json}, or -1 when
 * the default team was used; it is kept for the audit trail.
 */
public record Route(Team team, List<Person> recipients, int ruleIndex) {
  public Route {
    Objects.requireNonNull(team, "team");
    recipients = List.copyOf(recipients);
  }

  /** Whether no rule matched and the default team took the request. */
  public boolean isDefault() {
    return ruleIndex < 0;
  }
}
