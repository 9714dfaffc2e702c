package dev.opsflow.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.shared.json.Json;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCheckTest {

  private static ExecutionResult withHistory(String... types) {
    List<ObjectNode> history = Arrays.stream(types)
        .map(type -> (ObjectNode) Json.parse("{\"id\":1,\"previousEventId\":0,\"type\":\"" + type + "\"}"))
        .toList();
    return new ExecutionResult("arn", ExecutionStatus.SUCCEEDED, Json.parse("{}"), null, null, history);
  }

  private static ConformanceCase recorded(String definition, String... types) {
    ObjectNode json = TestCases.caseJson("execution", "{\"status\":\"SUCCEEDED\",\"output\":{}}");
    json.set("definition", Json.parse(definition));
    var recorded = json.putArray("history_event_types");
    Arrays.stream(types).forEach(recorded::add);
    return TestCases.of(json);
  }

  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  @Test
  void sameEventTypesInOrder_match() {
    // GIVEN / WHEN / THEN
    ConformanceCase testCase = recorded(PASS, "ExecutionStarted", "ExecutionSucceeded");
    assertThat(HistoryCheck.compare(testCase, withHistory("ExecutionStarted", "ExecutionSucceeded")))
        .isEqualTo(HistoryMatch.MATCHED);
    assertThat(HistoryCheck.compare(testCase, withHistory("ExecutionStarted", "ExecutionFailed")))
        .isEqualTo(HistoryMatch.DIFFERENT);
  }

  @Test
  void notRecorded_isNotCompared() {
    // GIVEN a case without history_event_types / WHEN / THEN
    ConformanceCase testCase = TestCases.execution("{\"status\":\"SUCCEEDED\",\"output\":{}}");
    assertThat(HistoryCheck.compare(testCase, withHistory("ExecutionStarted"))).isEqualTo(HistoryMatch.NOT_COMPARED);
  }

  @Test
  void concurrentMapOrParallel_isNotCompared() {
    // GIVEN definitions whose event order may vary
    String map =
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":" + PASS + "}}}";
    String parallel = "{\"StartAt\":\"X\",\"States\":{\"X\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[]}}}";
    String nestedParallel = "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"MaxConcurrency\":1,"
        + "\"End\":true,\"ItemProcessor\":" + parallel + "}}}";
    String sequentialMap = map.replace("\"Type\":\"Map\",", "\"Type\":\"Map\",\"MaxConcurrency\":1,");

    // WHEN / THEN only the sequential Map keeps a deterministic order
    assertThat(HistoryCheck.hasDeterministicOrder(map)).isFalse();
    assertThat(HistoryCheck.hasDeterministicOrder(nestedParallel)).isFalse();
    assertThat(HistoryCheck.hasDeterministicOrder(sequentialMap)).isTrue();
    assertThat(HistoryCheck.compare(recorded(map, "ExecutionStarted"), withHistory("ExecutionStarted")))
        .isEqualTo(HistoryMatch.NOT_COMPARED);
  }
}
