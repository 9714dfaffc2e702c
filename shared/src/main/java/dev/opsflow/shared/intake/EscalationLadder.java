package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.EscalationRung;
import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.config.NotificationPolicy.Team;
import dev.opsflow.shared.config.Sla;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation schedule of one request. Deadlines count from when the request was received, on the urgency's SLA
 * clock (business minutes, or every minute for an emergency configured {@code always}): the SLA falls due first,
 * and rung k falls due {@code minutes_after_sla} later. Stopping the ladder when someone acts is the workflow's job;
 * this class only says when and whom. Pure.
 */
public final class EscalationLadder {
  private final NotificationPolicy policy;
  private final BusinessCalendar calendar;
  private final RecipientResolver resolver;

  public EscalationLadder(NotificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.calendar = new BusinessCalendar(policy.businessHours());
    this.resolver = new RecipientResolver(policy);
  }

  /** When the SLA for this urgency falls due for a request received at {@code receivedAt}. */
  public Instant slaDue(Instant receivedAt, Urgency urgency) {
    return calendar.due(receivedAt, policy.sla().get(urgency), 0);
  }

  /** How many rungs the urgency's ladder has. */
  public int rungCount(Urgency urgency) {
    return policy.escalation().get(urgency).size();
  }

  /**
   * Rung {@code number} (1-based) of the urgency's ladder; {@code assignedTeamId} (may be null) resolves the
   * {@code assigned-team} references. Empty past the top of the ladder.
   */
  public Optional<EscalationStep> rung(int number, Instant receivedAt, Urgency urgency, String assignedTeamId) {
    List<EscalationRung> rungs = policy.escalation().get(urgency);
    if (number < 1 || number > rungs.size()) {
      return Optional.empty();
    }
    EscalationRung rung = rungs.get(number - 1);
    Sla sla = policy.sla().get(urgency);
    Optional<Team> team = Optional.ofNullable(assignedTeamId).map(policy.teams()::get);
    return Optional.of(new EscalationStep(
        number,
        number == rungs.size(),
        calendar.due(receivedAt, sla, rung.minutesAfterSla()),
        resolver.resolve(rung.recipients(), team),
        rung.channels()));
  }

  /** Every rung in order. */
  public List<EscalationStep> plan(Instant receivedAt, Urgency urgency, String assignedTeamId) {
    List<EscalationStep> steps = new ArrayList<>();
    for (int k = 1; k <= rungCount(urgency); k++) {
      rung(k, receivedAt, urgency, assignedTeamId).ifPresent(steps::add);
    }
    return List.copyOf(steps);
  }
}
