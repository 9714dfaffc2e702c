package dev.opsflow.shared.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.config.ConfigFixtures;
import dev.opsflow.shared.config.IntakeConfig;
import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.TriageRules;
import dev.opsflow.shared.config.TriageRules.RoutingRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing with the shipped triage and notification config. */
class TriageRouterTest {
  private final IntakeConfig config = ConfigFixtures.shipped();
  private final TriageRouter router = new TriageRouter(config.triage(), config.notifications());

  @Test
  void emergencyPlumbing_goesToOnCallAndAlsoTellsThePlumbers() {
    // WHEN a plumbing emergency is routed
    Route route = router.route("plumbing", Urgency.EMERGENCY);

    // THEN on-call owns it, and the plumbing crew is told too, each person once
    assertThat(route.team().id()).isEqualTo("on-call");
    assertThat(route.recipients()).extracting(Person::id)
        .containsExactly("marcus-reyes", "tom-kowalski", "sarah-chen", "luis-ortega");
    assertThat(route.ruleIndex()).isZero();
  }

  @Test
  void routineHvac_goesToTheHvacCrew() {
    // WHEN
    Route route = router.route("hvac", Urgency.ROUTINE);

    // THEN
    assertThat(route.team().id()).isEqualTo("hvac");
    assertThat(route.recipients()).extracting(Person::id).containsExactly("sarah-chen", "andre-williams");
    assertThat(route.isDefault()).isFalse();
  }

  @Test
  void unclassifiedRequest_goesToTheDefaultTeam() {
    // WHEN a request without an issue type is routed
    Route route = router.route(null, Urgency.URGENT);

    // THEN dispatch takes it
    assertThat(route.team().id()).isEqualTo("dispatch");
    assertThat(route.isDefault()).isTrue();
    assertThat(route.recipients()).extracting(Person::id).containsExactly("marcus-reyes", "priya-nair");
  }

  @Test
  void firstMatchingRuleWins_evenWhenALaterOneIsMoreSpecific() {
    // GIVEN a catch-all rule ahead of a plumbing rule
    TriageRules rules = new TriageRules("t", Map.of(), Urgency.ROUTINE, Map.of(), Map.of(), List.of(
        new RoutingRule(Optional.empty(), Optional.empty(), "dispatch", List.of()),
        new RoutingRule(Optional.of("plumbing"), Optional.empty(), "plumbing", List.of())), "operations");

    // WHEN plumbing is routed
    Route route = new TriageRouter(rules, config.notifications()).route("plumbing", Urgency.ROUTINE);

    // THEN the catch-all wins
    assertThat(route.team().id()).isEqualTo("dispatch");
    assertThat(route.ruleIndex()).isZero();
  }
}
