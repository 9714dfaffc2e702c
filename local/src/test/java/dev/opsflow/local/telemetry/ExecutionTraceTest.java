package dev.opsflow.local.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A full execution becomes one trace: the execution, a span per state, a span per task invocation, timed by the history. */
class ExecutionTraceTest {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final Telemetry telemetry = Telemetry.create("opsflow-test", SimpleSpanProcessor.create(exporter));

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void fullExecution_yieldsOneTraceWithASpanPerStateAndPerInvocation() throws Exception {
    // GIVEN an engine observed by telemetry
    TracedMachine machine = new TracedMachine();
    machine.engine.observe(telemetry.observer(arn -> machine.engine.executions().history(arn)));

    // WHEN an execution runs to its end
    ExecutionResult result = machine.run("order-1");

    // THEN every span is in the execution's trace, under one root named after the state machine
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).allSatisfy(s -> assertThat(s.getTraceId()).isEqualTo(TraceIds.traceId(result.executionArn())));
    SpanData root = single(spans, TracedMachine.NAME);
    assertThat(root.getParentSpanContext().isValid()).isFalse();
    // ... one span per state entered, named after the state
    List<String> entered = result.history().stream()
        .filter(e -> e.path("type").asText().endsWith("StateEntered"))
        .map(e -> e.path("stateEnteredEventDetails").path("name").asText())
        .toList();
    assertThat(entered).hasSize(8);
    assertThat(spans).filteredOn(s -> s.getAttributes().get(ExecutionTracer.STATE_TYPE) != null)
        .extracting(SpanData::getName).containsExactlyInAnyOrderElementsOf(entered);
    // ... nested as the workflow is: branch states under the Parallel, the rest under the execution
    Map<String, SpanData> byName = spans.stream().collect(Collectors.toMap(SpanData::getName, s -> s, (a, b) -> a));
    SpanData fanout = byName.get("Fanout");
    for (String branchState : List.of("Pause", "AfterPause", "Quick")) {
      assertThat(byName.get(branchState).getParentSpanId()).as(branchState).isEqualTo(fanout.getSpanId());
    }
    for (String topState : List.of("Prepare", "CallWorker", "Fanout", "Decide", "Done")) {
      assertThat(byName.get(topState).getParentSpanId()).as(topState).isEqualTo(root.getSpanId());
    }
    // ... two invocations of the worker under CallWorker: the failed one, then one of 3 s
    List<SpanData> invocations = spans.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
    assertThat(invocations).hasSize(2).allSatisfy(s -> {
      assertThat(s.getName()).isEqualTo("invoke worker");
      assertThat(s.getParentSpanId()).isEqualTo(byName.get("CallWorker").getSpanId());
    });
    assertThat(invocations.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(invocations.get(0).getAttributes().get(ExecutionTracer.ERROR_TYPE)).isEqualTo("dev.opsflow.Boom");
    assertThat(duration(invocations.get(1))).isEqualTo(Duration.ofSeconds(3));
    // ... and times from the history: the retry wait plus the 3-s call, the 5-s Wait, 10 s in all
    assertThat(duration(byName.get("CallWorker"))).isEqualTo(Duration.ofSeconds(5));
    assertThat(duration(byName.get("Pause"))).isEqualTo(Duration.ofSeconds(5));
    assertThat(duration(root)).isEqualTo(Duration.ofSeconds(10));
    assertThat(root.getAttributes().get(ExecutionTracer.REQUEST_ID)).isEqualTo("req-7");
  }

  @Test
  void timelineOfTheHistory_matchesTheExportedSpans() {
    // GIVEN an observed execution that ran to its end
    TracedMachine machine = new TracedMachine();
    machine.engine.observe(telemetry.observer(arn -> machine.engine.executions().history(arn)));
    ExecutionResult result = machine.run("order-2");

    // WHEN the dashboard reads the timeline of its history
    List<HistorySpan> timeline = ExecutionTimeline.of(result.history());

    // THEN it holds the same spans, ids and times as the trace
    Function<HistorySpan, String> spanId = span -> TraceIds.spanId(result.executionArn(), span.id());
    assertThat(timeline).hasSize(exporter.getFinishedSpanItems().size());
    Map<String, SpanData> exported = exporter.getFinishedSpanItems().stream().collect(Collectors.toMap(SpanData::getSpanId, s -> s));
    assertThat(timeline).allSatisfy(span -> {
      SpanData data = exported.get(spanId.apply(span));
      assertThat(data).as("span of event %d", span.id()).isNotNull();
      assertThat(TimeUnit.NANOSECONDS.toMillis(data.getEndEpochNanos() - data.getStartEpochNanos())).isEqualTo(span.duration().toMillis());
    });
    assertThat(timeline.get(0).kind()).isEqualTo(HistorySpan.Kind.EXECUTION);
  }

  private static SpanData single(List<SpanData> spans, String name) {
    List<SpanData> named = spans.stream().filter(s -> s.getName().equals(name)).toList();
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }

  private static Duration duration(SpanData span) {
    return Duration.ofNanos(span.getEndEpochNanos() - span.getStartEpochNanos());
  }
}
