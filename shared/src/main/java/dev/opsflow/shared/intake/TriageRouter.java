package dev.opsflow.shared.intake;

import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.config.NotificationPolicy.Team;
import dev.opsflow.shared.config.RecipientRef;
import dev.opsflow.shared.config.TriageRules;
import dev.opsflow.shared.config.TriageRules.RoutingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Routes a classified request to a team by the ordered rules of {@code triage.json}: the first rule matching the
 * issue type and urgency wins; with none (or no issue type yet), the default team. Pure.
 */
public final class TriageRouter {
  private static final List<RecipientRef> TEAM = List.of(RecipientRef.parse("assigned-team"));

  private final TriageRules rules;
  private final NotificationPolicy policy;
  private final RecipientResolver resolver;

  public TriageRouter(TriageRules rules, NotificationPolicy policy) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.resolver = new RecipientResolver(policy);
  }

  /** The route for an issue type (may be null when unclassified) and urgency. */
  public Route route(String issueType, Urgency urgency) {
    Objects.requireNonNull(urgency, "urgency");
    List<RoutingRule> all = rules.routingRules();
    for (int i = 0; i < all.size(); i++) {
      RoutingRule rule = all.get(i);
      if (rule.matches(issueType, urgency)) {
        return route(rule.team(), rule.alsoNotify(), i);
      }
    }
    return route(rules.defaultTeam(), List.of(), -1);
  }

  private Route route(String teamId, List<RecipientRef> alsoNotify, int ruleIndex) {
    Team team = policy.teams().get(teamId);
    List<RecipientRef> refs = new ArrayList<>(TEAM);
    refs.addAll(alsoNotify);
    return new Route(team, resolver.resolve(refs, Optional.of(team)), ruleIndex);
  }
}
