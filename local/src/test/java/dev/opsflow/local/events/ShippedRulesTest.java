package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.workflows.Placeholders;
import dev.opsflow.shared.executions.WorkflowStart;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule files the repository ships ({@code events/rules/*.json}) and the example schedule ({@code
 * events/examples/}): they load, their placeholders are ones tofu and the node can resolve, and event-ruler routes
 * sample events of each kind to the right rule only.
 */
class ShippedRulesTest {
  private static final Path RULES = Path.of("..", "events", "rules");
  private static final Path EXAMPLES = Path.of("..", "events", "examples");
  private static final BusSettings SETTINGS = BusSettings.defaults("us-east-1", "111111111111");
  private static List<EventRule> rules;
  private static RuleSet ruleSet;

  @BeforeAll
  static void load() throws IOException {
    Map<String, String> values = new HashMap<>();
    try (Stream<Path> files = Stream.concat(Files.list(RULES), Files.list(EXAMPLES))) {
      for (Path file : files.toList()) {
        for (String name : Placeholders.names(Files.readString(file))) {
          values.put(name, name.endsWith("_function_arn")
              ? "arn:aws:lambda:us-east-1:111111111111:function:opsflow-" + name.replace("_function_arn", "").replace('_', '-')
              : "arn:aws:states:us-east-1:111111111111:stateMachine:opsflow-" + name.replace("_state_machine_arn", "").replace('_', '-'));
        }
      }
    }
    rules = RuleFiles.load(RULES, values);
    ruleSet = RuleSet.of(Stream.concat(rules.stream(), RuleFiles.load(EXAMPLES, values).stream()).toList(), 1);
  }

  @Test
  void everyRuleFile_loads_andNamesOnlyStateMachineAndFunctionPlaceholders() throws IOException {
    // GIVEN the shipped rule files
    try (Stream<Path> files = Files.list(RULES)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".json")).toList();
      // WHEN they were loaded (above)
      // THEN every file gave one rule, and every placeholder is a state machine or function ARN
      assertThat(rules).hasSize(all.size()).extracting(EventRule::name).containsExactlyInAnyOrder("service-request-received", "contract-signed");
      for (Path file : all) {
        assertThat(Placeholders.names(Files.readString(file))).allMatch(n -> n.matches("[a-z][a-z0-9_]*_(state_machine|function)_arn"));
      }
    }
  }

  @Test
  void serviceRequestReceived_routesToStartWorkflow_withTheIntakeMachineTheMessagesNameAndTheRequest() {
    // GIVEN an event as ingress publishes it
    ObjectNode event = event("opsflow.ingress", "ServiceRequestReceived", """
        {"execution_name": "sms-SM123", "request": {"id": "req-sms-SM123", "channel": "sms", "source_id": "SM123",
         "from": {"phone": "+15551234567", "email": null, "name": null}, "subject": null, "text": "My sink is leaking",
         "received_at": "2026-11-21T10:00:00Z", "attachments": []}}
        """);
    // WHEN it is matched and routed
    List<EventRule> matched = ruleSet.matching("opsflow", Json.write(event));
    List<PlannedDelivery> deliveries = new EventRouter(SETTINGS).route(ruleSet, "opsflow", event, Instant.parse("2026-11-21T10:00:01Z"));
    // THEN only the intake rule matches, and start-workflow gets the intake machine, the name and {"request": ...}
    assertThat(matched).extracting(EventRule::name).containsExactly("service-request-received");
    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.targetArn()).isEqualTo("arn:aws:lambda:us-east-1:111111111111:function:opsflow-start-workflow");
      WorkflowStart start = WorkflowStart.fromJson(Json.parse(d.input()));
      assertThat(start.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:111111111111:stateMachine:opsflow-service-intake");
      assertThat(start.executionName()).isEqualTo("sms-SM123");
      assertThat((JsonNode) start.input()).isEqualTo(Json.parse("{\"request\": " + Json.write(event.path("detail").path("request")) + "}"));
    });
  }

  @Test
  void contractSigned_routesToStartWorkflow_withTheOnboardingMachineContractDashIdAndTheContract() {
    // GIVEN a ContractSigned event as ingress publishes it for a contract source
    ObjectNode event = event("opsflow.contracts", "ContractSigned", """
        {"execution_name": "contract-ctr_9", "contract": {"id": "ctr_9", "plan": "basic", "signed_at": "2026-11-21T09:58:00Z",
         "client": {"company": "Acme", "contact_name": "Dana Reyes", "email": "dana@acme.example", "phone": null}}}
        """);
    // WHEN routed
    List<PlannedDelivery> deliveries = new EventRouter(SETTINGS).route(ruleSet, "opsflow", event, Instant.now());
    // THEN start-workflow gets the onboarding machine, contract-<id> and the onboarding's input {"contract": ...}
    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.targetArn()).endsWith(":function:opsflow-start-workflow");
      WorkflowStart start = WorkflowStart.fromJson(Json.parse(d.input()));
      assertThat(start.stateMachineArn()).endsWith(":stateMachine:opsflow-client-onboarding");
      assertThat(start.executionName()).isEqualTo("contract-ctr_9");
      assertThat((JsonNode) start.input()).isEqualTo(Json.parse("{\"contract\": " + Json.write(event.path("detail").path("contract")) + "}"));
    });
  }

  @Test
  void otherSourcesTypesAndBuses_matchNothing() {
    // GIVEN events that differ from the rules in source, detail-type or bus
    ObjectNode wrongSource = event("opsflow.webform", "ServiceRequestReceived", "{}");
    ObjectNode wrongType = event("opsflow.ingress", "ServiceRequestUpdated", "{}");
    ObjectNode signed = event("opsflow.contracts", "ContractSigned", "{}");
    // WHEN matched
    // THEN no rule matches them (and ContractSigned on the default bus matches nothing either)
    assertThat(ruleSet.matching("opsflow", Json.write(wrongSource))).isEmpty();
    assertThat(ruleSet.matching("opsflow", Json.write(wrongType))).isEmpty();
    assertThat(ruleSet.matching("default", Json.write(signed))).isEmpty();
  }

  @Test
  void nightlySweepExample_isAScheduleOnTheDefaultBus_firingAt0200Utc() {
    // GIVEN the example schedule
    EventRule sweep = ruleSet.find("default", "nightly-escalation-sweep").orElseThrow();
    // WHEN its slots are computed
    ScheduleExpression schedule = ScheduleExpression.parse(sweep.scheduleExpression());
    // THEN it fires at 02:00 UTC, and its target gets the slot's time
    assertThat(schedule.first(Instant.parse("2026-03-02T02:00:00Z"))).contains(Instant.parse("2026-03-03T02:00:00Z"));
    ObjectNode scheduled = EventEnvelope.scheduled("id-1", "111111111111", Instant.parse("2026-03-03T02:00:00Z"), "us-east-1", "arn:rule");
    PlannedDelivery d = new EventRouter(SETTINGS).forRule(sweep, scheduled, Instant.parse("2026-03-03T02:00:01Z")).getFirst();
    assertThat(Json.parse(d.input())).isEqualTo(Json.parse("{\"sweep\": \"escalations\", \"as_of\": \"2026-03-03T02:00:00Z\"}"));
  }

  private static ObjectNode event(String source, String detailType, String detail) {
    return EventEnvelope.of("e-1", detailType, source, "111111111111", Instant.parse("2026-11-21T10:00:00Z"), "us-east-1", List.of(), Json.parse(detail));
  }
}
