package dev.opsflow.local.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.EngineSettings;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.InMemoryExecutionStore;
import dev.opsflow.local.engine.InMemoryStateMachineStore;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Spans from histories: nesting in Map iterations and failed branches, and steps that another process committed. */
class ExecutionTimelineTest {
  private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-21T10:00:00Z"));

  @Test
  void mapWithAFailedIterationCaught_closesEveryStateUnderTheRightParent() {
    // GIVEN a Map whose second iteration fails, caught on the Map, then a last Pass
    LocalEngine engine = LocalEngine.inMemory(clock, new LambdaRegistry());
    String definition = """
        {"StartAt": "Each", "States": {
          "Each": {"Type": "Map", "ItemsPath": "$.items", "Next": "After",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "After"}],
            "ItemProcessor": {"StartAt": "Check", "States": {
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "Broken"}], "Default": "Fine"},
              "Fine": {"Type": "Wait", "Seconds": 1, "End": true},
              "Broken": {"Type": "Fail", "Error": "Bad", "Cause": "item 2"}}}},
          "After": {"Type": "Pass", "End": true}}}""";
    StateMachineRef machine = engine.createStateMachine("mapped", definition, StateMachineType.STANDARD);

    // WHEN it runs, and its history is read as a timeline
    ExecutionResult result = engine.run(machine, "m-1", "{\"items\": [1, 2, 3]}");
    List<HistorySpan> spans = ExecutionTimeline.of(result.history());

    // THEN nothing is left open; iteration states hang under the Map, which failed; After under the execution
    assertThat(spans).allSatisfy(s -> assertThat(s.end()).as(s.name()).isNotNull());
    HistorySpan each = only(spans, "Each");
    assertThat(each.failed()).isTrue();
    assertThat(spans).filteredOn(s -> s.kind() == HistorySpan.Kind.STATE && List.of("Check", "Fine", "Broken").contains(s.name()))
        .isNotEmpty().allSatisfy(s -> assertThat(s.parentId()).isEqualTo(each.id()));
    assertThat(only(spans, "Broken").failed()).isTrue();
    assertThat(only(spans, "After").parentId()).isEqualTo(1);
  }

  @Test
  void stepsCommittedByAnotherProcess_areTimedFromTheStoredHistory() {
    // GIVEN two engines on one store: the first (not observed) starts an execution and runs its first step,
    // which enters a Wait state; the second is observed by telemetry
    InMemoryExecutionStore executions = new InMemoryExecutionStore();
    InMemoryStateMachineStore machines = new InMemoryStateMachineStore();
    LocalEngine first = new LocalEngine(executions, machines, clock, new LambdaRegistry(), EngineSettings.defaults());
    LocalEngine second = new LocalEngine(executions, machines, clock, new LambdaRegistry(), EngineSettings.defaults());
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    try (Telemetry telemetry = Telemetry.create("opsflow-test", SimpleSpanProcessor.create(exporter))) {
      second.observe(telemetry.observer(executions::history));
      String definition = """
          {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 30, "Next": "Finish"},
                                         "Finish": {"Type": "Pass", "End": true}}}""";
      StateMachineRef machine = first.createStateMachine("handover", definition, StateMachineType.STANDARD);
      StateMachineRecord record = machines.revision(machine.definitionId()).orElseThrow();
      String arn = EngineSettings.defaults().executionArn(StateMachineType.STANDARD, "handover", "h-1");
      first.start(record, arn, "h-1", Json.parse("{}"), null);
      first.runOnce();

      // WHEN the second engine runs the rest
      second.drain(arn);

      // THEN it exports the Wait state from the first engine's entry 30 s before, and the execution from its start
      Map<String, SpanData> spans = exporter.getFinishedSpanItems().stream().collect(Collectors.toMap(SpanData::getName, s -> s));
      assertThat(spans).containsOnlyKeys("handover", "Hold", "Finish");
      assertThat(spans.get("Hold").getEndEpochNanos() - spans.get("Hold").getStartEpochNanos()).isEqualTo(30_000_000_000L);
      assertThat(spans.get("handover").getStartEpochNanos()).isEqualTo(spans.get("Hold").getStartEpochNanos());
      assertThat(spans.get("Hold").getParentSpanId()).isEqualTo(spans.get("handover").getSpanId());
    }
  }

  private static HistorySpan only(List<HistorySpan> spans, String name) {
    List<HistorySpan> named = spans.stream().filter(s -> name.equals(s.name()) && s.kind() == HistorySpan.Kind.STATE).toList();
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }
}
