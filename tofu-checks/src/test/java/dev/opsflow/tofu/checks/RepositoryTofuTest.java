package dev.opsflow.tofu.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository's own tofu/ passes every check against whatever functions/manifest.json, statemachines/ and
 * events/rules/ hold at build time: a new function, ASL placeholder or rule file that tofu does not wire fails the
 * build here.
 */
class RepositoryTofuTest {
  @Test
  void repository_passesEveryTofuCheck() {
    // GIVEN this checkout
    CheckContext context = TofuChecks.context(Fixtures.repository(), Fixtures.tools());

    // WHEN every check runs
    List<Finding> findings = TofuChecks.runAll(context);

    // THEN there is tofu to check and nothing is wrong with it
    assertThat(context.hcl().files()).as(".tf files under tofu/").isNotEmpty();
    assertThat(findings).isEmpty();
  }
}
