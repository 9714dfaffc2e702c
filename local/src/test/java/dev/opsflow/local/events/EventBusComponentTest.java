package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.db.TestFiles;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.ExecutionShapes.ListExecutionsRequest;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.node.NodeComponents;
import dev.opsflow.local.node.NodeContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The bus as {@code opsflow local} starts it: found as a NodeComponent, rule files loaded from the repository
 * layout, the EventBridge API on OPSFLOW_EVENTS_PORT, real-time workers, and the events:putEvents integration.
 */
class EventBusComponentTest {
  private static final String DEMO_RULE = """
      {"name": "demo-received", "event_bus": "opsflow", "event_pattern": {"source": ["demo"]},
       "targets": [{"id": "demo", "arn": "${demo_state_machine_arn}", "input_path": "$.detail"}]}
      """;
  private static final String RULE_WITHOUT_ITS_FUNCTION = """
      {"name": "not-yet", "event_bus": "opsflow", "event_pattern": {"source": ["later"]},
       "targets": [{"id": "f", "arn": "${not_deployed_function_arn}"}]}
      """;
  private static final String PUBLISHER = """
      {"StartAt": "Publish", "States": {"Publish": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents",
        "Parameters": {"Entries": [{"EventBusName": "opsflow", "Source": "demo", "DetailType": "FromWorkflow",
                                    "Detail": {"from": "workflow"}}]}, "End": true}}}
      """;

  private Path home;
  private final LambdaRegistry lambdas = new LambdaRegistry();
  private final LocalEngine engine = LocalEngine.inMemory(EngineClock.system(), lambdas);
  private NodeComponents components;
  private EventBridgeClient client;

  @BeforeEach
  void start() throws Exception {
    TestPostgres.truncate("bus_dead_letters", "bus_deliveries", "bus_events", "bus_schedules", "bus_rules");
    Files.createDirectories(Path.of("target"));
    home = Files.createTempDirectory(Path.of("target"), "bus-home");
    Files.createDirectories(home.resolve("events/rules"));
    Files.createDirectories(home.resolve("statemachines"));
    Files.writeString(home.resolve("events/rules/demo-received.json"), DEMO_RULE);
    Files.writeString(home.resolve("events/rules/not-yet.json"), RULE_WITHOUT_ITS_FUNCTION);
    Files.writeString(home.resolve("statemachines/demo.asl.json"), BusHarness.PASS_THROUGH);
    engine.createStateMachine("opsflow-demo", BusHarness.PASS_THROUGH, StateMachineType.STANDARD);
    int port = freePort();
    components = NodeComponents.start(new NodeContext(
        engine, lambdas, TestPostgres.dataSource(), URI.create("http://localhost:1"), home, "127.0.0.1",
        Map.of("OPSFLOW_EVENTS_PORT", String.valueOf(port))));
    client = EventBridgeClient.builder()
        .endpointOverride(URI.create("http://localhost:" + port))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    components.close();
    TestFiles.deleteTree(home);
  }

  @Test
  void node_loadsTheRuleFiles_servesPutEvents_andStartsTheTarget() {
    // GIVEN the node started with the bus (found through META-INF/services)
    assertThat(components.names()).contains("event-bus");
    // WHEN an event is put with the SDK on OPSFLOW_EVENTS_PORT
    client.putEvents(b -> b.entries(
        PutEventsRequestEntry.builder().eventBusName("opsflow").source("demo").detailType("Hello").detail("{\"n\": 1}").build()));
    // THEN the workers start the rule's state machine with the detail; the rule naming a missing function is not loaded
    await(() -> executions() == 1);
    assertThat(client.listRules(b -> b.eventBusName("opsflow")).rules()).extracting(r -> r.name()).containsExactly("demo-received");
  }

  @Test
  void workflowTask_eventsPutEvents_publishesOnTheBus() {
    // GIVEN a workflow whose Task publishes with arn:aws:states:::events:putEvents
    var publisher = engine.createStateMachine("publisher", PUBLISHER, StateMachineType.STANDARD);
    // WHEN it runs
    ExecutionResult result = engine.run(publisher, "publish-1", "{}");
    // THEN the task got an event id, and the event it published started the demo machine
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode output = result.output();
    assertThat(output.path("FailedEntryCount").asInt()).isZero();
    assertThat(output.path("Entries").get(0).path("EventId").asText()).isNotBlank();
    await(() -> executions() == 1);
  }

  private int executions() {
    return new StepFunctionsService(engine, lambdas)
        .listExecutions(new ListExecutionsRequest(engine.settings().stateMachineArn("opsflow-demo"), null, null, null)).executions().size();
  }

  private static void await(BooleanSupplier condition) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("condition met within 10 s").isBefore(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
