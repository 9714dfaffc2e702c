package dev.opsflow.shared.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.opsflow.shared.config.ConfigFixtures;
import dev.opsflow.shared.config.FieldSpec;
import dev.opsflow.shared.config.QuestionFlow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletenessScorerTest {
  /** Common weights 2+3+1+2 = 8; hvac adds 2+1, so 11 in all. */
  private static final QuestionFlow FLOW = new QuestionFlow("test",
      List.of(field("customer_name", true, 2), field("phone", true, 3), field("email", false, 1),
          field("description", true, 2)),
      Map.of("hvac", new QuestionFlow.IssueTypeFlow("HVAC",
          List.of(field("system_type", true, 2), field("brand", false, 1)))));

  private final CompletenessScorer scorer = new CompletenessScorer(FLOW);

  @Test
  void everyFieldPresent_scoresOneAndComplete() {
    // GIVEN all six hvac fields
    Map<String, Object> fields = hvacRequest();

    // WHEN scored
    CompletenessScore score = scorer.score("hvac", fields);

    // THEN
    assertThat(score).isEqualTo(new CompletenessScore(1.0, true, List.of(), List.of()));
  }

  @Test
  void optionalFieldsMissing_stillCompleteWithLowerScore() {
    // GIVEN no email and no brand
    Map<String, Object> fields = hvacRequest();
    fields.remove("email");
    fields.put("brand", null);

    // WHEN scored
    CompletenessScore score = scorer.score("hvac", fields);

    // THEN 9 of 11 weight is present and nothing required is missing
    assertThat(score.score()).isEqualTo(0.8182);
    assertThat(score.complete()).isTrue();
    assertThat(score.missingOptional()).containsExactly("email", "brand");
  }

  @Test
  void blankAndNullRequiredFields_countAsMissing() {
    // GIVEN a blank name and a JSON null phone
    Map<String, Object> fields = hvacRequest();
    fields.put("customer_name", "   ");
    fields.put("phone", NullNode.getInstance());

    // WHEN scored
    CompletenessScore score = scorer.score("hvac", fields);

    // THEN 6 of 11 weight, incomplete, both named in question order
    assertThat(score.score()).isEqualTo(0.5455);
    assertThat(score.complete()).isFalse();
    assertThat(score.missingRequired()).containsExactly("customer_name", "phone");
  }

  @Test
  void unknownIssueType_scoresCommonFieldsAndAsksForTheType() {
    // GIVEN every common field but an issue type nobody configured
    Map<String, Object> fields = hvacRequest();

    // WHEN scored
    CompletenessScore score = scorer.score("roofing", fields);

    // THEN common fields score fully, but the request cannot be complete
    assertThat(score.score()).isEqualTo(1.0);
    assertThat(score.complete()).isFalse();
    assertThat(score.missingRequired()).containsExactly(CompletenessScorer.ISSUE_TYPE);
  }

  @Test
  void falseAnswerAndJsonText_countAsPresent() {
    // GIVEN a boolean answer of false and values as Jackson nodes
    assertThat(CompletenessScorer.hasValue(false)).isTrue();
    assertThat(CompletenessScorer.hasValue(TextNode.valueOf("furnace"))).isTrue();
    assertThat(CompletenessScorer.hasValue(TextNode.valueOf(""))).isFalse();
    assertThat(CompletenessScorer.hasValue(List.of())).isFalse();
  }

  @Test
  void shippedFlow_realisticPlumbingRequestIsComplete() {
    // GIVEN a burst-pipe text with what the shipped plumbing flow requires
    CompletenessScorer shipped = new CompletenessScorer(ConfigFixtures.shipped().questionFlow());
    Map<String, Object> fields = Map.of(
        "customer_name", "Rosa Delgado", "phone", "+13125550187", "address", "1420 W Addison St, Chicago, IL",
        "description", "Pipe under the kitchen sink is spraying water", "fixture", "sink");

    // WHEN scored
    CompletenessScore score = shipped.score("plumbing", fields);

    // THEN complete, with the optional fields listed for a follow-up
    assertThat(score.complete()).isTrue();
    assertThat(score.missingOptional()).containsExactly("email", "preferred_time", "leak_location", "water_shut_off");
    assertThat(score.score()).isBetween(0.7, 0.9);
  }

  private static Map<String, Object> hvacRequest() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("customer_name", "Ana Ruiz");
    fields.put("phone", "+13125550100");
    fields.put("email", "ana@example.com");
    fields.put("description", "Furnace blows cold air");
    fields.put("system_type", "furnace");
    fields.put("brand", "Carrier");
    return fields;
  }

  private static FieldSpec field(String name, boolean required, double weight) {
    return new FieldSpec(name, name, "What is your " + name + "?", FieldSpec.Kind.TEXT, List.of(), required, weight);
  }
}
