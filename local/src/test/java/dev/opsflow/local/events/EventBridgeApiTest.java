package dev.opsflow.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InputTransformer;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** The real AWS SDK EventBridgeClient against the local EventBridge API: PutEvents and the rule operations. */
class EventBridgeApiTest {
  private LocalEventBridge eventBridge;

  @BeforeEach
  void start() throws IOException {
    eventBridge = new LocalEventBridge(new BusHarness());
  }

  @AfterEach
  void stop() {
    eventBridge.close();
  }

  private static PutEventsRequestEntry entry(String detail) {
    return PutEventsRequestEntry.builder().eventBusName("opsflow").source("opsflow.ingress").detailType("ServiceRequestReceived").detail(detail).build();
  }

  @Test
  void putEvents_validEntries_areAcceptedWithIds_andStoredAsEventBridgeEvents() throws SQLException {
    // GIVEN two entries, one with its own time and resources
    PutEventsRequestEntry timed = entry("{\"request\": {\"id\": \"req-1\", \"amount\": 2.50}}").toBuilder()
        .time(Instant.parse("2026-03-01T12:00:00Z")).resources("arn:aws:s3:::bucket/key").build();
    // WHEN they are put with the SDK
    PutEventsResponse response = eventBridge.client.putEvents(b -> b.entries(timed, entry("{}")));
    // THEN both have ids, none failed, and the stored event is the EventBridge envelope, detail unchanged
    assertThat(response.failedEntryCount()).isZero();
    assertThat(response.entries()).hasSize(2).allSatisfy(e -> {
      assertThat(e.eventId()).isNotBlank();
      assertThat(e.errorCode()).isNull();
    });
    JsonNode stored = storedEvent(response.entries().getFirst().eventId());
    assertThat(Json.write(stored)).isEqualTo(
        "{\"version\":\"0\",\"id\":\"" + response.entries().getFirst().eventId() + "\",\"detail-type\":\"ServiceRequestReceived\","
            + "\"source\":\"opsflow.ingress\",\"account\":\"111111111111\",\"time\":\"2026-03-01T12:00:00Z\",\"region\":\"us-east-1\","
            + "\"resources\":[\"arn:aws:s3:::bucket/key\"],\"detail\":{\"request\":{\"id\":\"req-1\",\"amount\":2.50}}}");
  }

  @Test
  void putEvents_malformedAndIncompleteEntries_failAlone_withEventBridgesCodes() {
    // GIVEN a good entry between one whose detail is not JSON and one without a source
    PutEventsRequestEntry malformed = entry("{not json");
    PutEventsRequestEntry notAnObject = entry("[1, 2]");
    PutEventsRequestEntry noSource = entry("{}").toBuilder().source(null).build();
    // WHEN they are put
    PutEventsResponse response = eventBridge.client.putEvents(b -> b.entries(malformed, entry("{\"ok\": true}"), notAnObject, noSource));
    // THEN each bad entry has its error, the good one its id
    assertThat(response.failedEntryCount()).isEqualTo(3);
    assertThat(response.entries().get(0).errorCode()).isEqualTo("MalformedDetail");
    assertThat(response.entries().get(0).errorMessage()).isEqualTo("Detail is malformed.");
    assertThat(response.entries().get(1).eventId()).isNotBlank();
    assertThat(response.entries().get(2).errorCode()).isEqualTo("MalformedDetail");
    assertThat(response.entries().get(3).errorCode()).isEqualTo("InvalidArgument");
    assertThat(response.entries().get(3).errorMessage()).isEqualTo("Parameter Source is not valid. Reason: Source is a required argument.");
  }

  @Test
  void putEvents_elevenEntries_isRefusedWhole_withValidationException() throws SQLException {
    // GIVEN eleven entries
    List<PutEventsRequestEntry> eleven = IntStream.range(0, 11).mapToObj(i -> entry("{\"n\": " + i + "}")).toList();
    // WHEN / THEN the request fails as EventBridge fails it, and nothing is stored
    assertThatThrownBy(() -> eventBridge.client.putEvents(b -> b.entries(eleven)))
        .isInstanceOfSatisfying(EventBridgeException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage())
              .startsWith("1 validation error detected: Value '[PutEventsRequestEntry(")
              .endsWith("' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10");
        });
    assertThat(count("bus_events")).isZero();
  }

  @Test
  void putEvents_overTheSizeLimit_isRefusedWhole() {
    // GIVEN two entries of 150 KB each (256 KB is the limit of a request)
    String big = "{\"text\": \"" + "x".repeat(150 * 1024) + "\"}";
    // WHEN / THEN
    assertThatThrownBy(() -> eventBridge.client.putEvents(b -> b.entries(entry(big), entry(big))))
        .isInstanceOfSatisfying(EventBridgeException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Total size of the entries in the request is over the limit.");
        });
  }

  @Test
  void ruleOperations_putDescribeListTargetsDelete_roundTrip() {
    // GIVEN a rule made with PutRule and given a target with PutTargets
    String arn = eventBridge.client.putRule(b -> b.name("intake").eventBusName("opsflow").description("d")
        .eventPattern("{\"source\": [\"opsflow.ingress\"]}")).ruleArn();
    Target target = Target.builder().id("machine").arn("arn:aws:states:us-east-1:111111111111:stateMachine:m")
        .inputTransformer(InputTransformer.builder().inputPathsMap(Map.of("r", "$.detail.request")).inputTemplate("{\"request\": <r>}").build())
        .retryPolicy(b -> b.maximumRetryAttempts(3).maximumEventAgeInSeconds(600)).build();
    assertThat(eventBridge.client.putTargets(b -> b.rule("intake").eventBusName("opsflow").targets(target)).failedEntryCount()).isZero();
    // WHEN it is described and listed
    DescribeRuleResponse described = eventBridge.client.describeRule(b -> b.name("intake").eventBusName("opsflow"));
    // THEN it is as made, under its custom-bus ARN, with its target
    assertThat(arn).isEqualTo("arn:aws:events:us-east-1:111111111111:rule/opsflow/intake");
    assertThat(described.arn()).isEqualTo(arn);
    assertThat(described.stateAsString()).isEqualTo("ENABLED");
    assertThat(Json.parse(described.eventPattern())).isEqualTo(Json.parse("{\"source\": [\"opsflow.ingress\"]}"));
    assertThat(eventBridge.client.listRules(b -> b.eventBusName("opsflow")).rules()).extracting(r -> r.name()).containsExactly("intake");
    assertThat(eventBridge.client.listTargetsByRule(b -> b.rule("intake").eventBusName("opsflow")).targets()).containsExactly(target);
    // AND a rule with targets cannot be deleted until they are removed; then it is gone
    assertThatThrownBy(() -> eventBridge.client.deleteRule(b -> b.name("intake").eventBusName("opsflow")))
        .isInstanceOfSatisfying(EventBridgeException.class, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rule can't be deleted since it has targets."));
    eventBridge.client.removeTargets(b -> b.rule("intake").eventBusName("opsflow").ids("machine"));
    eventBridge.client.deleteRule(b -> b.name("intake").eventBusName("opsflow"));
    assertThatThrownBy(() -> eventBridge.client.describeRule(b -> b.name("intake").eventBusName("opsflow")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Rule intake does not exist on EventBus opsflow.");
  }

  @Test
  void putRule_invalidPatternOrSchedule_isRefusedWithEventBridgesErrors() {
    // GIVEN / WHEN / THEN a pattern event-ruler refuses, and a schedule on a custom bus
    assertThatThrownBy(() -> eventBridge.client.putRule(b -> b.name("bad").eventPattern("{\"source\": \"not-an-array\"}")))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessageStartingWith("Event pattern is not valid. Reason: ");
    assertThatThrownBy(() -> eventBridge.client.putRule(b -> b.name("bad").eventBusName("opsflow").scheduleExpression("rate(5 minutes)")))
        .isInstanceOfSatisfying(EventBridgeException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("ScheduleExpression is supported only on the default event bus."));
  }

  @Test
  void testEventPattern_answersWithEventRulersVerdict() {
    // GIVEN an event and two patterns
    String event = "{\"id\": \"1\", \"source\": \"opsflow.contracts\", \"detail-type\": \"ContractSigned\", \"detail\": {\"amount\": 1200}}";
    // WHEN / THEN
    assertThat(eventBridge.client.testEventPattern(b -> b.event(event).eventPattern("{\"detail\": {\"amount\": [{\"numeric\": [\">\", 1000]}]}}"))
        .result()).isTrue();
    assertThat(eventBridge.client.testEventPattern(b -> b.event(event).eventPattern("{\"source\": [\"opsflow.ingress\"]}")).result()).isFalse();
  }

  private JsonNode storedEvent(String id) throws SQLException {
    try (Connection c = eventBridge.harness.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT event FROM bus_events WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet row = s.executeQuery()) {
        row.next();
        return TargetInputs.parseStored(row.getString(1));
      }
    }
  }

  private long count(String table) throws SQLException {
    try (Connection c = eventBridge.harness.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet row = s.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
