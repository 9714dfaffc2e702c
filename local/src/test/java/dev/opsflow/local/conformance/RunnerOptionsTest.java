package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunnerOptionsTest {

  @Test
  void allOptions_areParsed() {
    // GIVEN / WHEN
    RunnerOptions options = RunnerOptions.parse(
        "corpus", "--json", "out.json", "--filter", "Map", "--verbose", "--min-pass-rate", "0.75", "--timeout", "2.5");

    // THEN
    assertThat(options.dir()).isEqualTo(Path.of("corpus"));
    assertThat(options.jsonReport()).hasValue(Path.of("out.json"));
    assertThat(options.filter()).hasValue("Map");
    assertThat(options.verbose()).isTrue();
    assertThat(options.minPassRate()).hasValue(0.75);
    assertThat(options.timeout()).isEqualTo(Duration.ofMillis(2500));
  }

  @Test
  void defaults_applyWithOnlyADirectory() {
    // GIVEN / WHEN
    RunnerOptions options = RunnerOptions.parse("corpus");

    // THEN
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.minPassRate()).isEmpty();
    assertThat(options.selects(TestCases.execution("{\"status\":\"FAILED\"}"))).isTrue();
  }

  @Test
  void filter_matchesIdOrFileName() {
    // GIVEN
    ConformanceCase testCase = TestCases.execution("{\"status\":\"FAILED\"}");

    // WHEN / THEN
    assertThat(RunnerOptions.parse("d", "--filter", "hand-made#").selects(testCase)).isTrue();
    assertThat(RunnerOptions.parse("d", "--filter", "made.json").selects(testCase)).isTrue();
    assertThat(RunnerOptions.parse("d", "--filter", "Parallel").selects(testCase)).isFalse();
  }

  @Test
  void badCommandLines_areRefusedWithReason() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(RunnerOptions::parse).hasMessage("missing DIR");
    assertThatThrownBy(() -> RunnerOptions.parse("d", "--json")).hasMessage("--json needs a value");
    assertThatThrownBy(() -> RunnerOptions.parse("d", "--min-pass-rate", "high")).hasMessageContaining("number");
    assertThatThrownBy(() -> RunnerOptions.parse("d", "--min-pass-rate", "2")).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> RunnerOptions.parse("d", "--bogus")).hasMessage("unexpected argument: --bogus");
    assertThatThrownBy(() -> RunnerOptions.parse("d", "e")).hasMessage("unexpected argument: e");
  }
}
