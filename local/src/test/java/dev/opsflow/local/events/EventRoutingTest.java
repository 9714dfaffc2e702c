package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionRequest;
import dev.opsflow.local.api.SfnApiException;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Events routed to state machines and Lambda functions: what starts, how often, and what is retried or dead-lettered. */
class EventRoutingTest {
  private static final String REQUEST_DETAIL = """
      {"execution_name": "sms-SM123", "request": {"id": "req-sms-SM123", "channel": "sms", "text": "Leaking sink"}}
      """;
  private static final String PATTERN = "{\"source\": [\"opsflow.ingress\"], \"detail-type\": [\"ServiceRequestReceived\"]}";
  private static final InputTransformer REQUEST_ONLY = new InputTransformer(Map.of("request", "$.detail.request"), "{\"request\": <request>}");

  private final BusHarness h = new BusHarness();

  private void intakeRule(String machineArn) {
    h.bus.putRule(BusHarness.patternRule("intake", "opsflow", PATTERN, new RuleTarget("intake", machineArn, null, null, REQUEST_ONLY, null)), false);
  }

  @Test
  void matchingEvent_startsOneExecution_withTheTransformedInput() throws InterruptedException {
    // GIVEN a rule sending ServiceRequestReceived to the intake machine with {"request": ...}
    String machine = h.machine("opsflow-service-intake");
    intakeRule(machine);
    // WHEN the event is put and the bus runs
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    // THEN exactly one execution started, with the request as input, under a name Step Functions could have made
    var executions = h.executions(machine);
    assertThat(executions).hasSize(1);
    assertThat(executions.getFirst().name()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(h.executionInput(executions.getFirst().executionArn()))
        .isEqualTo(Json.parse("{\"request\": {\"id\": \"req-sms-SM123\", \"channel\": \"sms\", \"text\": \"Leaking sink\"}}"));
    assertThat(h.deadLetters()).isEmpty();
  }

  @Test
  void redeliveryAfterACrash_startsNoSecondExecution() throws InterruptedException {
    // GIVEN a worker that started the execution and died before recording the delivery
    String machine = h.machine("opsflow-service-intake");
    intakeRule(machine);
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    LocalTargets real = new LocalTargets(h.stepFunctions, h.lambdas, 2);
    EventBus crashing = h.newBus((arn, input, key) -> {
      real.deliver(arn, input, key);
      throw new IllegalStateException("process killed after StartExecution");
    });
    assertThatThrownBy(crashing::runOnce).hasMessageContaining("killed");
    // WHEN the claim's lease runs out and a live worker delivers again
    h.drainFor(Duration.ofMinutes(2));
    // THEN the redelivery found the execution it had started: still one
    assertThat(h.executions(machine)).hasSize(1);
    assertThat(h.deadLetters()).isEmpty();
  }

  @Test
  void publisherRetryingPutEvents_makesASecondEvent_andSoASecondExecution_asInAws() throws InterruptedException {
    // GIVEN the state machine target (EventBridge cannot give it an execution name from the event)
    String machine = h.machine("opsflow-service-intake");
    intakeRule(machine);
    // WHEN a publisher puts the same event twice (a retried PutEvents)
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    // THEN two events, two executions: one execution per message needs the message's name (see events/README.md)
    assertThat(h.executions(machine)).hasSize(2);
  }

  @Test
  void ruleToAFunctionThatNamesTheExecution_startsExactlyOne_whenPutEventsIsRetried() throws InterruptedException {
    // GIVEN a rule sending {name, input} to a function that starts the intake with that name (StartExecution is
    // idempotent for the same name and input)
    String machine = h.machine("opsflow-service-intake");
    AtomicInteger invocations = new AtomicInteger();
    h.lambdas.register("opsflow-start-intake", (payload, invocation) -> {
      invocations.incrementAndGet();
      try {
        h.stepFunctions.startExecution(new StartExecutionRequest(machine, payload.path("name").asText(), Json.write(payload.get("input")), null));
      } catch (SfnApiException e) {
        if (!e.type().equals("ExecutionAlreadyExists")) {
          throw e;
        }
      }
      return Json.MAPPER.createObjectNode();
    });
    InputTransformer named = new InputTransformer(
        Map.of("name", "$.detail.execution_name", "request", "$.detail.request"), "{\"name\": <name>, \"input\": {\"request\": <request>}}");
    h.bus.putRule(BusHarness.patternRule("intake", "opsflow", PATTERN,
        new RuleTarget("start-intake", BusHarness.lambdaArn("opsflow-start-intake"), null, null, named, null)), false);
    // WHEN the same event is put twice, the second time after the first execution ran
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    h.engine.drain(null);
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    // THEN the function ran for both events, and there is one execution, named after the message
    assertThat(invocations).hasValue(2);
    assertThat(h.executions(machine)).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("sms-SM123"));
  }

  @Test
  void functionError_isRetriedTwiceAsLambdaDoes_thenDeadLettered() throws InterruptedException {
    // GIVEN a function that always fails
    AtomicInteger calls = new AtomicInteger();
    h.lambdas.register("opsflow-broken", (payload, invocation) -> {
      calls.incrementAndGet();
      throw new IllegalStateException("database down");
    });
    h.bus.putRule(BusHarness.patternRule("r", "opsflow", PATTERN, RuleTarget.of("broken", BusHarness.lambdaArn("opsflow-broken"))), false);
    // WHEN an event for it is put and the bus runs
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofHours(1));
    // THEN three attempts, then a dead letter with the function's error
    assertThat(calls).hasValue(3);
    assertThat(h.deadLetters()).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(DeadLetterReason.MAXIMUM_RETRY_ATTEMPTS);
      assertThat(d.errorCode()).isEqualTo("java.lang.IllegalStateException");
      assertThat(d.errorMessage()).isEqualTo("database down");
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.ruleName()).isEqualTo("r");
      assertThat(d.targetId()).isEqualTo("broken");
    });
  }

  @Test
  void missingStateMachine_isDeadLetteredAtOnce() throws InterruptedException {
    // GIVEN a rule whose state machine does not exist
    h.bus.putRule(BusHarness.patternRule("r", "opsflow", PATTERN,
        RuleTarget.of("gone", "arn:aws:states:us-east-1:111111111111:stateMachine:opsflow-gone")), false);
    // WHEN an event for it is put
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    // THEN one attempt, no retries: retrying cannot make it exist
    assertThat(h.deadLetters()).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(DeadLetterReason.NON_RETRYABLE_ERROR);
      assertThat(d.errorCode()).isEqualTo("StateMachineDoesNotExist");
      assertThat(d.attempts()).isEqualTo(1);
    });
  }

  @Test
  void retryableFailures_followTheTargetsRetryPolicy_attemptsAndEventAge() throws InterruptedException {
    // GIVEN targets that are always throttled: one allowing 1 retry, one allowing 120 retries within 60 seconds
    AtomicInteger calls = new AtomicInteger();
    h.bus = h.newBus((arn, input, key) -> {
      calls.incrementAndGet();
      return new DeliveryOutcome.Retry("ThrottlingException", "Rate exceeded", null);
    });
    h.bus.putRule(BusHarness.patternRule("r", "opsflow", PATTERN,
        new RuleTarget("few", "arn:aws:lambda:us-east-1:111111111111:function:a", null, null, null, new RetryPolicy(1, Duration.ofHours(1))),
        new RuleTarget("young", "arn:aws:lambda:us-east-1:111111111111:function:b", null, null, null, new RetryPolicy(120, Duration.ofSeconds(60)))),
        false);
    // WHEN an event is put and the bus runs for a while
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofHours(2));
    // THEN the first stops after 2 attempts, the second when its next try would be after the event is 60 s old
    List<DeadLetter> letters = h.deadLetters();
    assertThat(letters).extracting(DeadLetter::targetId, DeadLetter::reason).containsExactlyInAnyOrder(
        tuple("few", DeadLetterReason.MAXIMUM_RETRY_ATTEMPTS),
        tuple("young", DeadLetterReason.MAXIMUM_EVENT_AGE));
    assertThat(letters).filteredOn(d -> d.targetId().equals("few")).singleElement().extracting(DeadLetter::attempts).isEqualTo(2);
    assertThat(letters).filteredOn(d -> d.targetId().equals("young")).singleElement()
        .satisfies(d -> assertThat(d.attempts()).isBetween(8, 60));
  }

  @Test
  void disabledRule_doesNotMatch_soTheEventIsDeadLettered() throws InterruptedException {
    // GIVEN a disabled rule
    String machine = h.machine("opsflow-service-intake");
    h.bus.putRule(new EventRule("intake", "opsflow", null, RuleState.DISABLED, PATTERN, null, List.of(RuleTarget.of("m", machine))), false);
    // WHEN its event is put
    h.put("opsflow", "opsflow.ingress", "ServiceRequestReceived", REQUEST_DETAIL);
    h.drainFor(Duration.ofMinutes(1));
    // THEN nothing starts and the event is a dead letter
    assertThat(h.executions(machine)).isEmpty();
    assertThat(h.deadLetters()).singleElement().extracting(DeadLetter::reason).isEqualTo(DeadLetterReason.NO_MATCHING_RULE);
    JsonNode event = h.deadLetters().getFirst().event();
    assertThat(event.path("detail-type").asText()).isEqualTo("ServiceRequestReceived");
  }
}
