package dev.opsflow.fn.startworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.api.ExecutionShapes.ExecutionListItem;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.ExecutionNames;
import dev.opsflow.shared.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The idempotency chain end to end on one node: channel message → ingress (recorded once per message id) → the
 * bus (the shipped rules) → start-workflow (StartExecution by name) → the engine. Whatever is delivered twice, each
 * message ends in one execution, named after it.
 */
class StartWorkflowNodeTest {
  @TempDir Path home;

  @Test
  void intakeWebhookDeliveredTwice_endsInOneIntakeExecution_namedAfterTheMessage() throws Exception {
    try (TestNode node = new TestNode(home)) {
      // GIVEN an answering service's signed service request
      String body = "{\"customer_name\": \"Dana Reyes\", \"phone\": \"+15557654321\", \"description\": \"AC blowing warm air, house is 85F\"}";
      // WHEN it is delivered twice (the sender did not see our first answer)
      HttpResponse<String> first = node.webhook("answering-service", TestNode.INTAKE_SECRET, "call-8812", body);
      HttpResponse<String> second = node.webhook("answering-service", TestNode.INTAKE_SECRET, "call-8812", body);
      // THEN both are accepted, and one intake execution exists, named <channel>-<sanitised id>, with the request
      assertThat(List.of(first, second)).extracting(HttpResponse::statusCode).containsOnly(202);
      String name = ExecutionNames.of(Channel.WEBHOOK, "answering-service:call-8812");
      TestNode.await("the intake execution", () -> node.executions(node.intakeArn).size() == 1);
      TestNode.await("the delivery to start-workflow", () -> node.count("SELECT count(*) FROM bus_deliveries WHERE status = 'delivered'") == 1);
      ExecutionListItem execution = node.executions(node.intakeArn).getFirst();
      assertThat(execution.name()).isEqualTo(name);
      JsonNode input = Json.parse(node.sfn.describeExecution(execution.executionArn()).input());
      assertThat(input.at("/request/id").asText()).isEqualTo("req-" + name);
      assertThat(input.at("/request/text").asText()).contains("AC blowing warm air");
      assertThat(node.count("SELECT count(*) FROM inbound_messages")).isEqualTo(1);
    }
  }

  @Test
  void putEventsRetriedWithTheSameServiceRequest_endsInOneIntakeExecution() throws Exception {
    try (TestNode node = new TestNode(home);
        EventBridgeClient bus = EventBridgeClient.builder()
            .endpointOverride(node.events)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      // GIVEN a ServiceRequestReceived event as ingress publishes it
      PutEventsRequestEntry entry = PutEventsRequestEntry.builder().eventBusName("opsflow").source("opsflow.ingress").detailType("ServiceRequestReceived")
          .detail("""
              {"execution_name": "sms-SMretry1", "request": {"id": "req-sms-SMretry1", "channel": "sms", "source_id": "SMretry1",
               "from": {"phone": "+15551234567", "email": null, "name": null}, "subject": null, "text": "Toilet overflowing",
               "received_at": "2026-11-21T10:00:00Z", "attachments": []}}""")
          .build();
      // WHEN the publisher puts it twice (it retried PutEvents after losing the first answer): two events on the bus
      bus.putEvents(b -> b.entries(entry));
      bus.putEvents(b -> b.entries(entry));
      // THEN both are delivered to start-workflow, and they end in one execution, sms-SMretry1
      TestNode.await("both deliveries", () -> node.count("SELECT count(*) FROM bus_deliveries WHERE status = 'delivered'") == 2);
      assertThat(node.count("SELECT count(*) FROM bus_events")).isEqualTo(2);
      assertThat(node.executions(node.intakeArn)).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("sms-SMretry1"));
      assertThat(node.count("SELECT count(*) FROM bus_dead_letters")).isZero();
    }
  }

  @Test
  void contractWebhookRetriedAndResent_endsInOneOnboardingExecution_namedContractDashId() throws Exception {
    try (TestNode node = new TestNode(home)) {
      // GIVEN an e-signature service's contract.signed webhook
      String body = """
          {"type": "contract.signed", "contract": {"id": "ctr_2077", "plan": "premium", "signed_at": "2026-11-21T09:58:00Z",
           "client": {"company": "Acme Property Management", "contact_name": "Dana Reyes", "email": "dana@acme.example", "phone": "+15551234567"}}}""";
      // WHEN it is delivered, retried under the same event id, and re-sent under a new one
      HttpResponse<String> first = node.webhook("esign", TestNode.ESIGN_SECRET, "evt_sig_77", body);
      HttpResponse<String> retry = node.webhook("esign", TestNode.ESIGN_SECRET, "evt_sig_77", body);
      HttpResponse<String> resent = node.webhook("esign", TestNode.ESIGN_SECRET, "evt_sig_77-resent", body);
      // THEN all are accepted as contract-ctr_2077; the re-send reaches the bus as a second ContractSigned
      assertThat(List.of(first, retry, resent)).extracting(HttpResponse::statusCode).containsOnly(202);
      assertThat(List.of(first, retry, resent)).extracting(r -> Json.parse(r.body()).path("execution_name").asText()).containsOnly("contract-ctr_2077");
      TestNode.await("both deliveries", () -> node.count("SELECT count(*) FROM bus_deliveries WHERE status = 'delivered'") == 2);
      assertThat(node.count("SELECT count(*) FROM bus_events WHERE event->>'source' = 'opsflow.contracts'")).isEqualTo(2);
      // AND one onboarding execution exists, contract-ctr_2077, with the onboarding's input, which it read
      TestNode.await("the onboarding to end", () -> {
        List<ExecutionListItem> all = node.executions(node.onboardingArn);
        return !all.isEmpty() && all.stream().allMatch(e -> e.status().equals("SUCCEEDED"));
      });
      assertThat(node.executions(node.onboardingArn)).singleElement().satisfies(e -> {
        assertThat(e.name()).isEqualTo("contract-ctr_2077");
        var described = node.sfn.describeExecution(e.executionArn());
        assertThat(Json.parse(described.input())).isEqualTo(Json.parse("{\"contract\": " + Json.write(Json.parse(body).path("contract")) + "}"));
        assertThat(Json.parse(described.output()).asText()).isEqualTo("ctr_2077");
      });
    }
  }
}
