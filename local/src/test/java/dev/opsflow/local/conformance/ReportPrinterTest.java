package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

  private static CaseResult result(String id, List<String> features, CaseOutcome outcome, HistoryMatch history) {
    ObjectNode json = TestCases.caseJson("execution", "{\"status\":\"SUCCEEDED\"}");
    json.put("id", id);
    var tags = json.putArray("features");
    features.forEach(tags::add);
    return new CaseResult(TestCases.of(json), outcome, history, Duration.ofMillis(3));
  }

  private static final ConformanceReport REPORT = new ConformanceReport(List.of(
      result("case-1", List.of("state:Pass", "field:Result"), new CaseOutcome.Passed(), HistoryMatch.MATCHED),
      result("case-2", List.of("state:Pass"), new CaseOutcome.Failed("output.a: expected 1 but was 2", "{E}", "{A}"),
          HistoryMatch.DIFFERENT),
      result("case-3", List.of("state:Pass"), new CaseOutcome.Skipped("kind test_state is not run"),
          HistoryMatch.NOT_COMPARED)));

  private static String print(boolean verbose) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ReportPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), verbose).print(REPORT);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void report_hasTableFailuresSkippedAndFinalCounts() {
    // GIVEN one passed, one failed and one skipped case
    // WHEN printed
    List<String> lines = print(false).lines().toList();

    // THEN features are sorted and aligned, skipped cases count nowhere, and the last line is the tally
    assertThat(lines).startsWith(
        "feature          passed    rate",
        "field:Result        1/1  100.0%",
        "state:Pass          1/2   50.0%");
    assertThat(lines).contains("FAIL case-2 : output.a: expected 1 but was 2");
    assertThat(lines).contains("history event types: 1 of 2 compared histories match (1 not compared)");
    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly("1 skipped", "1 passed, 1 failed");
  }

  @Test
  void verbose_showsFullExpectedAndActual() {
    // GIVEN / WHEN
    String text = print(true);

    // THEN
    assertThat(text).contains("  expected: {E}", "  actual:   {A}");
    assertThat(print(false)).doesNotContain("{E}");
  }

  @Test
  void jsonReport_holdsTotalsFeaturesAndCases() {
    // GIVEN / WHEN
    ObjectNode json = ReportJson.toJson(REPORT);

    // THEN
    assertThat(json.path("passed").asInt()).isEqualTo(1);
    assertThat(json.path("skipped").asInt()).isEqualTo(1);
    assertThat(json.path("passRate").asDouble()).isEqualTo(0.5);
    assertThat(json.path("features").path("state:Pass").path("total").asInt()).isEqualTo(2);
    assertThat(json.path("cases").get(1).path("reason").asText()).isEqualTo("output.a: expected 1 but was 2");
    assertThat(json.path("cases").get(2).path("outcome").asText()).isEqualTo("skipped");
  }
}
