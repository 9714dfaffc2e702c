package dev.opsflow.shared.reasoning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.RepoPaths;
import dev.opsflow.shared.reasoning.local.LocalReasoner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bars for the local reasoner, on the shipped dataset and on a small set written separately. */
class EvaluationTest {
  private final Evaluator evaluator = new Evaluator(LocalReasoner.fromConfig(RepoPaths.config()));

  @Test
  void shippedDataset_meetsTheBars() {
    // GIVEN the labeled dataset shipped in eval/datasets
    List<EvalCase> cases = EvalCase.readAll(RepoPaths.root().resolve("eval/datasets/service-requests.jsonl"));

    // WHEN the local reasoner is evaluated on it
    EvalReport report = evaluator.run(cases);

    // THEN phone and email F1 >= 0.9, all fields >= 0.8, urgency >= 0.85, nothing ungrounded
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(report.field("phone").f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(report.field("email").f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(report.allFields().f1()).isGreaterThanOrEqualTo(0.8);
    assertThat(report.urgency().value()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.groundingViolations()).isZero();
    assertThat(report.render(false)).endsWith(report.passed() + " passed, " + report.failures().size() + " failed");
  }

  @Test
  void separatelyWrittenMessages_stayAboveTheOverallBars() throws URISyntaxException {
    // GIVEN messages written apart from the shipped dataset (not used to tune the rules)
    Path holdout = Path.of(getClass().getResource("holdout.jsonl").toURI());

    // WHEN the local reasoner is evaluated on them
    EvalReport report = evaluator.run(EvalCase.readAll(holdout));

    // THEN the overall bars hold there too
    assertThat(report.allFields().f1()).isGreaterThanOrEqualTo(0.8);
    assertThat(report.urgency().value()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.groundingViolations()).isZero();
  }

  @Test
  void scoring_countsWrongValuesAsBothFalsePositiveAndNegative() {
    // GIVEN one right, one wrong and one missed value
    FieldScore score = FieldScore.ZERO.add(true, true, true).add(true, true, false).add(true, false, false);

    // WHEN precision and recall are read
    // THEN the wrong value counts against both
    assertThat(score.truePositives()).isEqualTo(1);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0 / 3);
    assertThat(Normalise.same("address", "12 Elm St.", " 12  ELM st ")).isTrue();
    assertThat(Normalise.same("email", "a@b.co", "A@b.co")).isFalse();
  }
}
