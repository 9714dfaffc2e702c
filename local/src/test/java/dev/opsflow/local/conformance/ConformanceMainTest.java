package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ConformanceMain.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** A corpus needing no engine: one skipped case and one unsupported operation (a failure). */
  private static Path corpus(Path dir) throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(cases.resolve("a.json"), Json.write(TestCases.caseJson("test_state", "{}")));
    var update = TestCases.caseJson("definition_error",
        "{\"operation\":\"update_state_machine\",\"error_code\":\"StateMachineDoesNotExist\",\"message\":\"m\"}");
    update.put("id", "update#1");
    Files.writeString(cases.resolve("b.json"), Json.write(update));
    return dir;
  }

  @Test
  void completedRun_exitsZeroDespiteFailuresAndWritesJson(@TempDir Path dir) throws IOException {
    // GIVEN a corpus with a failing case
    Path report = dir.resolve("out/report.json");

    // WHEN run with --json
    int status = run(corpus(dir).toString(), "--json", report.toString());

    // THEN it exits 0, ends with the tally and writes the report
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(text).contains("FAIL update#1 : operation not supported yet: update_state_machine");
    assertThat(text.lines().toList()).endsWith("1 skipped", "0 passed, 1 failed");
    assertThat(Json.parse(Files.readString(report)).path("failed").asInt()).isEqualTo(1);
  }

  @Test
  void minPassRateNotMet_exitsOne(@TempDir Path dir) throws IOException {
    // GIVEN / WHEN / THEN
    assertThat(run(corpus(dir).toString(), "--min-pass-rate", "0.5")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("below the minimum");
  }

  @Test
  void filter_runsOnlyMatchingCases(@TempDir Path dir) throws IOException {
    // GIVEN / WHEN
    int status = run(corpus(dir).toString(), "--filter", "update#");

    // THEN
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).endsWith("0 skipped", "0 passed, 1 failed");
  }

  @Test
  void badArguments_exitTwoWithUsage(@TempDir Path dir) {
    // GIVEN / WHEN / THEN
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: conformance DIR");
    assertThat(run(dir.resolve("absent").toString())).isEqualTo(2);
  }
}
