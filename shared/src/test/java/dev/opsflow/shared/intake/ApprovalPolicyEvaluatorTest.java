package dev.opsflow.shared.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.config.ApprovalPolicy;
import dev.opsflow.shared.config.ConfigFixtures;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped approval policy (new-customer rule shipped disabled). */
class ApprovalPolicyEvaluatorTest {
  private final ApprovalPolicy shipped = ConfigFixtures.shipped().approvalPolicy();
  private final ApprovalPolicyEvaluator evaluator = new ApprovalPolicyEvaluator(shipped);

  @Test
  void completeRoutineRequestForKnownCustomer_sendsWithoutApproval() {
    // WHEN
    ApprovalDecision decision = evaluator.evaluate(input(Urgency.ROUTINE, 1.0, false, Set.of(), OptionalDouble.of(0.97)));

    // THEN
    assertThat(decision.required()).isFalse();
    assertThat(decision.reasons()).isEmpty();
    assertThat(decision.policyVersion()).isEqualTo(shipped.version());
  }

  @Test
  void emergency_needsApproval() {
    // WHEN
    ApprovalDecision decision = evaluator.evaluate(input(Urgency.EMERGENCY, 1.0, false, Set.of(), OptionalDouble.of(1)));

    // THEN
    assertThat(decision.required()).isTrue();
    assertThat(decision.reasons()).extracting(ApprovalDecision.Reason::ruleId).containsExactly("emergency");
  }

  @Test
  void draftPromisingTimeAndPrice_reportsBothRulesWithReasons() {
    // WHEN
    ApprovalDecision decision = evaluator.evaluate(input(Urgency.ROUTINE, 1.0, false,
        Set.of(DraftFlag.NAMES_PRICE, DraftFlag.PROMISES_TIME), OptionalDouble.of(0.99)));

    // THEN both, in policy order, each with its text
    assertThat(decision.reasons()).extracting(ApprovalDecision.Reason::ruleId)
        .containsExactly("promises-time", "names-price");
    assertThat(decision.reasons().get(1).text()).contains("prices are quoted by staff");
  }

  @Test
  void incompleteRequest_reportsScoreAndMissingFields() {
    // GIVEN completeness 0.6 with a required field missing
    ApprovalDecision decision = evaluator.evaluate(input(Urgency.URGENT, 0.6, true, Set.of(), OptionalDouble.of(0.9)));

    // THEN
    assertThat(decision.reasons()).extracting(ApprovalDecision.Reason::ruleId)
        .containsExactly("incomplete", "required-fields-missing");
  }

  @Test
  void uncertainMatch_needsApprovalButANewCustomerDoesNotWhileItsRuleIsDisabled() {
    // WHEN a weak match, then no match at all
    ApprovalDecision weak = evaluator.evaluate(input(Urgency.ROUTINE, 1.0, false, Set.of(), OptionalDouble.of(0.7)));
    ApprovalDecision unknown = evaluator.evaluate(input(Urgency.ROUTINE, 1.0, false, Set.of(), OptionalDouble.empty()));

    // THEN the weak match is held, the new customer is not
    assertThat(weak.reasons()).extracting(ApprovalDecision.Reason::ruleId).containsExactly("low-match-confidence");
    assertThat(unknown.required()).isFalse();
  }

  @Test
  void enablingTheNewCustomerRule_holdsNewCustomers() {
    // GIVEN the shipped policy with every rule enabled
    ApprovalPolicy allOn = new ApprovalPolicy("all-on", shipped.rules().stream()
        .map(r -> new ApprovalPolicy.Rule(r.id(), r.when(), r.reason(), true)).toList());

    // WHEN a new customer's complete routine request is evaluated
    ApprovalDecision decision = new ApprovalPolicyEvaluator(allOn)
        .evaluate(input(Urgency.ROUTINE, 1.0, false, Set.of(), OptionalDouble.empty()));

    // THEN
    assertThat(decision.reasons()).extracting(ApprovalDecision.Reason::ruleId).containsExactly("new-customer");
    assertThat(decision.policyVersion()).isEqualTo("all-on");
  }

  @Test
  void fromCompletenessScore_carriesScoreAndMissingFlag() {
    // GIVEN a score with a required field missing
    CompletenessScore score = new CompletenessScore(0.9, false, List.of("address"), List.of());

    // WHEN
    ApprovalInput input = ApprovalInput.of(Urgency.ROUTINE, score, Set.of(), OptionalDouble.of(0.95));

    // THEN
    assertThat(evaluator.evaluate(input).reasons()).extracting(ApprovalDecision.Reason::ruleId)
        .containsExactly("required-fields-missing");
    assertThat(input.newCustomer()).isFalse();
  }

  private static ApprovalInput input(
      Urgency urgency, double completeness, boolean requiredMissing, Set<DraftFlag> flags, OptionalDouble match) {
    return new ApprovalInput(urgency, completeness, requiredMissing, flags, match, match.isEmpty());
  }
}
