package dev.opsflow.local.workflows.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.local.demo.IntakeSamples;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.timeline.TimelineBuilder;
import dev.opsflow.shared.timeline.TimelineStep;
import dev.opsflow.shared.workflow.IntakeStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake workflow against HubSpot (WireMock with HubSpot's documented shapes): a CRM that is down twice is
 * retried with backoff to success; a CRM that refuses the contact ends in the explicit failure state that alerts
 * operators. The first also shows the request's whole path as a timeline.
 */
class ServiceIntakeCrmFailureTest {
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T15:00:00Z");
  static final String SEARCH = "/crm/v3/objects/contacts/search";
  static final String CONTACTS = "/crm/v3/objects/contacts";
  static final String JSON = "application/json";

  final WireMockServer hubspot = new WireMockServer(options().dynamicPort());
  IntakeNode node;
  IntakeStores stores;

  @BeforeEach
  void startNodeWithHubSpot(@TempDir Path dir) throws Exception {
    hubspot.start();
    node = new IntakeNode(MONDAY_MORNING);
    Path secrets = Files.writeString(dir.resolve("secrets.json"), "{\"hubspot\": {\"access_token\": \"pat-test\"}}");
    node.configure("sync-to-crm", Map.of("OPSFLOW_CRM", "hubspot", "OPSFLOW_SECRETS_FILE", secrets.toString(),
        "OPSFLOW_HUBSPOT_API_URL", hubspot.baseUrl() + "/"));
    stores = IntakeStores.on(node.dataSource);
  }

  @AfterEach
  void stop() {
    node.close();
    hubspot.stop();
  }

  String runSms() {
    var sms = IntakeSamples.byRequestId("req-demo-sms-100", MONDAY_MORNING);
    String arn = node.start(sms.executionName(), Json.write(sms.input()));
    node.runToRest(arn);
    return arn;
  }

  @Test
  void hubSpotDownTwice_isRetriedWithBackoff_andTheRequestIsConfirmed() {
    // GIVEN HubSpot answers 503 twice, then works
    hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("down once"));
    hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs("down once")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody("{\"total\":0,\"results\":[]}")));
    hubspot.stubFor(post(CONTACTS).willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
        .withBody("{\"id\":\"901\",\"properties\":{},\"createdAt\":\"2026-11-23T15:00:00Z\",\"archived\":false}")));
    // WHEN the SMS runs
    String arn = runSms();
    // THEN the sync failed twice with the retryable error, then succeeded, and the request was confirmed
    assertThat(node.status(arn)).as(node.describe(arn)).isEqualTo("SUCCEEDED");
    List<JsonNode> history = node.history(arn);
    assertThat(history).filteredOn(e -> e.path("type").asText().equals("TaskFailed"))
        .extracting(e -> e.path("taskFailedEventDetails").path("error").asText())
        .containsExactly("dev.opsflow.shared.crm.CrmUnavailableException", "dev.opsflow.shared.crm.CrmUnavailableException");
    hubspot.verify(3, postRequestedFor(urlEqualTo(SEARCH)));
    hubspot.verify(1, postRequestedFor(urlEqualTo(CONTACTS)));
    String customerId = stores.requests().get("req-demo-sms-100").customerId();
    assertThat(new CustomerStore(node.dataSource).find(customerId).orElseThrow().externalIds()).containsEntry("hubspot", "901");
    assertThat(stores.requests().get("req-demo-sms-100").status()).isEqualTo(RequestStatus.CONFIRMED);
    assertThat(stores.audit().forRequest("req-demo-sms-100")).filteredOn(e -> e.action().equals("crm.synced")).hasSize(1);
  }

  @Test
  void oneRequestsPath_readsAsATimelineOfStepsWithDurations() {
    // GIVEN the same flaky HubSpot (503, then fine)
    hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    hubspot.stubFor(post(SEARCH).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody("{\"total\":0,\"results\":[]}")));
    hubspot.stubFor(post(CONTACTS).willReturn(aResponse().withStatus(201).withHeader("Content-Type", JSON)
        .withBody("{\"id\":\"902\",\"properties\":{},\"createdAt\":\"2026-11-23T15:00:00Z\",\"archived\":false}")));
    String arn = runSms();
    // WHEN its history (GetExecutionHistory, AWS's JSON) is read as a timeline
    List<TimelineStep> timeline = TimelineBuilder.build(node.history(arn));
    // THEN one bar per state in the order entered, each ending where the next begins, the retried sync showing its
    // two attempts and the backoff in its duration
    assertThat(timeline).extracting(TimelineStep::name).isEqualTo(node.statesEntered(arn));
    assertThat(timeline).allSatisfy(step -> assertThat(step.status()).isEqualTo(TimelineStep.Status.SUCCEEDED));
    for (int i = 0; i + 1 < timeline.size(); i++) {
      assertThat(timeline.get(i).exited()).as(timeline.get(i).name()).isEqualTo(timeline.get(i + 1).entered());
    }
    TimelineStep sync = timeline.stream().filter(s -> s.name().equals("SyncToCrm")).findFirst().orElseThrow();
    assertThat(sync.attempts()).isEqualTo(2);
    assertThat(sync.duration()).isPositive();
    assertThat(sync.type()).isEqualTo("Task");
    assertThat(timeline.getFirst().entered()).isEqualTo(MONDAY_MORNING);
    assertThat(timeline.getLast().name()).isEqualTo("RequestConfirmed");
  }

  @Test
  void hubSpotRefusesTheContact_operatorsAreAlerted_andTheExecutionFailsExplicitly() {
    // GIVEN HubSpot refuses the search as invalid (a 400 no retry can fix)
    hubspot.stubFor(post(SEARCH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON).withBody(
        "{\"status\":\"error\",\"message\":\"Invalid input JSON\",\"correlationId\":\"c-1\",\"category\":\"VALIDATION_ERROR\"}")));
    // WHEN the SMS runs
    String arn = runSms();
    // THEN it was tried once, then AlertOperators ran and RequestFailed failed the execution with HubSpot's error
    var described = node.sfn.describeExecution(b -> b.executionArn(arn));
    assertThat(described.statusAsString()).isEqualTo("FAILED");
    assertThat(described.error()).isEqualTo("dev.opsflow.shared.crm.CrmRejectedException");
    assertThat(described.cause()).contains("VALIDATION_ERROR");
    assertThat(node.statesEntered(arn)).endsWith("SyncToCrm", "AlertOperators", "RequestFailed");
    hubspot.verify(1, postRequestedFor(urlEqualTo(SEARCH)));
    // ... the request is failed and audited, operations were told, the customer was not
    assertThat(stores.requests().get("req-demo-sms-100").status()).isEqualTo(RequestStatus.FAILED);
    assertThat(stores.audit().forRequest("req-demo-sms-100")).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo("workflow.failed");
      assertThat(e.detail().path("failed_state").asText()).isEqualTo("SyncToCrm");
    });
    List<NotificationRecord> sent = new NotificationStore(node.dataSource).forRequest("req-demo-sms-100");
    assertThat(sent).extracting(n -> n.event().wireName()).containsOnly("operator-alert");
    assertThat(sent).extracting(NotificationRecord::recipient).containsExactlyInAnyOrder("@ops", "ops@ridgelinehome.example");
  }
}
