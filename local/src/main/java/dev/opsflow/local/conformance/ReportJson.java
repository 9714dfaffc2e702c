package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine-readable report ({@code --json FILE}): totals, per-feature rates and one entry per case with its
 * outcome, reason, history comparison and duration, so that runs can be diffed as the engine improves.
 */
public final class ReportJson {
  private ReportJson() {}

  public static ObjectNode toJson(ConformanceReport report) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("passed", report.passed())
        .put("failed", report.failed())
        .put("skipped", report.skipped())
        .put("passRate", report.passRate())
        .put("historiesCompared", report.historiesCompared())
        .put("historiesMatched", report.historiesMatched());
    ObjectNode features = json.putObject("features");
    for (FeatureRate rate : report.featureRates()) {
      features.putObject(rate.feature())
          .put("passed", rate.passed())
          .put("total", rate.total())
          .put("rate", rate.rate());
    }
    ArrayNode cases = json.putArray("cases");
    for (CaseResult result : report.results()) {
      cases.add(caseJson(result));
    }
    return json;
  }

  public static void write(ConformanceReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report)));
  }

  private static ObjectNode caseJson(CaseResult result) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("id", result.testCase().id())
        .put("file", result.testCase().fileName())
        .put("kind", result.testCase().kind().wireName());
    switch (result.outcome()) {
      case CaseOutcome.Passed passed -> json.put("outcome", "passed");
      case CaseOutcome.Failed failed ->
          json.put("outcome", "failed")
              .put("reason", failed.reason())
              .put("expected", failed.expected())
              .put("actual", failed.actual());
      case CaseOutcome.Skipped skipped -> json.put("outcome", "skipped").put("reason", skipped.reason());
    }
    json.put("history", result.history().name().toLowerCase(java.util.Locale.ROOT))
        .put("durationMs", result.elapsed().toMillis());
    ArrayNode features = json.putArray("features");
    result.testCase().features().forEach(features::add);
    return json;
  }
}
