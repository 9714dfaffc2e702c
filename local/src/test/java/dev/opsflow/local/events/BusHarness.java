package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.ExecutionShapes.ExecutionListItem;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test fixture: the bus on the test PostgreSQL (tables emptied), an in-memory engine and Lambda registry as its
 * targets, all on one virtual clock starting at {@link #START}, with small retry delays.
 */
final class BusHarness {
  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  static final String REGION = "us-east-1";
  static final String ACCOUNT = "111111111111";
  static final String PASS_THROUGH = """
      {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}
      """;

  final VirtualClock clock = new VirtualClock(START);
  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(clock, lambdas);
  final StepFunctionsService stepFunctions = new StepFunctionsService(engine, lambdas);
  final DataSource dataSource = TestPostgres.dataSource();
  final BusSettings settings;
  EventBus bus;

  BusHarness() {
    this(BusSettings.defaults(REGION, ACCOUNT).withRetryDelays(Duration.ofSeconds(1), Duration.ofSeconds(8)));
  }

  BusHarness(BusSettings settings) {
    TestPostgres.truncate("bus_dead_letters", "bus_deliveries", "bus_events", "bus_schedules", "bus_rules");
    this.settings = settings;
    this.bus = newBus();
  }

  /** A new bus over the same database and clock, as after a restart of the node. */
  EventBus newBus() {
    return newBus(new LocalTargets(stepFunctions, lambdas, settings.lambdaFunctionErrorRetries()));
  }

  EventBus newBus(TargetInvoker targets) {
    return new EventBus(dataSource, clock, settings, targets);
  }

  List<DeadLetter> deadLetters() {
    return bus.deadLetters().list(true, 100);
  }

  String machine(String name) {
    StateMachineRef ref = engine.createStateMachine(name, PASS_THROUGH, StateMachineType.STANDARD);
    return ref.arn();
  }

  static String lambdaArn(String name) {
    return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name;
  }

  static EventRule patternRule(String name, String bus, String pattern, RuleTarget... targets) {
    return new EventRule(name, bus, null, RuleState.ENABLED, pattern, null, List.of(targets));
  }

  PutEventsResult put(String bus, String source, String detailType, String detail) {
    return this.bus.putEvents(List.of(PutEventsEntry.of(bus, source, detailType, detail)));
  }

  /** Everything due within {@code duration} from now, on the virtual clock. */
  void drainFor(Duration duration) throws InterruptedException {
    bus.drainUntil(clock.now().plus(duration));
  }

  List<ExecutionListItem> executions(String machineArn) {
    return stepFunctions.listExecutions(new ListExecutionsRequest(machineArn, null, null, null)).executions();
  }

  JsonNode executionInput(String executionArn) {
    return Json.parse(stepFunctions.describeExecution(executionArn).input());
  }
}
