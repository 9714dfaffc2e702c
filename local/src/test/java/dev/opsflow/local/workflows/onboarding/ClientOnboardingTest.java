package dev.opsflow.local.workflows.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.ledger.LedgerEntry;
import dev.opsflow.shared.ledger.LedgerKind;
import dev.opsflow.shared.ledger.Redactor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The onboarding's paths that go well: premium and basic plans, and a contract webhook delivered twice. */
class ClientOnboardingTest {
  final OnboardingHarness harness = new OnboardingHarness();

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void premiumContract_createsCustomerProjectInvitationFolderAndEmail_eachCallLedgered() {
    // GIVEN a signed premium contract
    String event = harness.contract("premium");

    // WHEN the onboarding runs
    ExecutionResult result = harness.run(event);

    // THEN it succeeds with every record made
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("stripe_customer_id").asText()).isEqualTo(ApiStubs.CUSTOMER_ID);
    assertThat(result.output().path("asana_project_gid").asText()).isEqualTo(ApiStubs.PROJECT_GID);
    assertThat(result.output().path("slack_status").asText()).isEqualTo("invited");
    assertThat(result.output().path("drive_folder_id").asText()).isEqualTo(ApiStubs.FOLDER_ID);
    assertThat(result.output().at("/welcome_email/to").asText()).isEqualTo("dana@acme.example");
    assertThat(result.output().at("/welcome_email/status").asText()).isEqualTo("captured");
    // ... Stripe first, with its idempotency key, then the others with their documented requests
    String arn = harness.executionArn();
    harness.stripe.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers"))
        .withHeader("Idempotency-Key", equalTo(arn + "#CreateStripeCustomer"))
        .withHeader("Authorization", equalTo("Bearer " + OnboardingSecrets.STRIPE_API_KEY))
        .withFormParam("metadata[opsflow_contract_id]", equalTo(harness.contractId)));
    harness.asana.verify(1, getRequestedFor(urlPathEqualTo("/api/1.0/projects")).withQueryParam("workspace", equalTo("1100000000000001")));
    harness.asana.verify(1, postRequestedFor(urlPathEqualTo("/api/1.0/projects")).withRequestBody(equalToJson("""
        {"data": {"name": "Onboarding: Acme Property Management (%s)", "workspace": "1100000000000001", "team": "1100000000000002"}}""".formatted(harness.contractId), true, true)));
    harness.slack.verify(1, getRequestedFor(urlPathEqualTo("/api/users.lookupByEmail")).withQueryParam("email", equalTo("dana@acme.example")));
    harness.slack.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.inviteShared"))
        .withRequestBody(equalToJson("{\"channel\": \"C061EG9SL\", \"emails\": [\"dana@acme.example\"]}", true, true)));
    harness.drive.verify(1, postRequestedFor(urlPathEqualTo("/drive/v3/files"))
        .withRequestBody(containing("application/vnd.google-apps.folder")).withRequestBody(containing("0AHw-shared-clients")));
    // ... and the ledger recorded each call: its request, then its response, secrets redacted
    List<LedgerEntry> entries = harness.ledger();
    assertThat(entries).extracting(e -> e.record().integration() + " " + e.record().kind())
        .containsSubsequence("stripe REQUEST", "stripe RESPONSE", "stripe REQUEST", "stripe RESPONSE", "asana REQUEST", "asana RESPONSE")
        .contains("slack REQUEST", "drive RESPONSE", "notify-email REQUEST", "notify-email RESPONSE")
        .hasSize(18);
    for (LedgerEntry response : entries.stream().filter(e -> e.record().kind() == LedgerKind.RESPONSE).toList()) {
      LedgerEntry request = entries.stream().filter(e -> e.record().entryId().equals(response.record().requestEntryId())).findFirst().orElseThrow();
      assertThat(request.seq()).isLessThan(response.seq());
    }
    entries.stream().filter(e -> e.record().kind() == LedgerKind.REQUEST && !e.record().integration().startsWith("notify-"))
        .forEach(e -> assertThat(e.record().headers().path("authorization").asText()).isEqualTo(Redactor.REDACTED));
    assertThat(Json.write(Json.MAPPER.valueToTree(entries))).doesNotContain(OnboardingSecrets.all());
  }

  @Test
  void basicContract_getsNoDriveFolder() {
    // GIVEN a signed basic contract
    String event = harness.contract("basic");

    // WHEN the onboarding runs
    ExecutionResult result = harness.run(event);

    // THEN it succeeds without touching Drive, and the welcome email names no folder
    assertThat(result.status()).as(result.error() + " " + result.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output().path("drive_folder_id").isMissingNode() || result.output().path("drive_folder_id").isNull()).isTrue();
    assertThat(harness.drive.getAllServeEvents()).isEmpty();
    assertThat(OnboardingHarness.events(result, "TaskStateEntered")).extracting(e -> e.at("/stateEnteredEventDetails/name").asText())
        .doesNotContain("CreateDriveFolder").contains("CreateStripeCustomer", "CreateAsanaProject", "InviteSlackMember", "SendWelcomeEmail");
    assertThat(harness.ledger()).noneMatch(e -> e.record().integration().equals("drive"));
  }

  @Test
  void duplicateContractWebhook_createsOneCustomer() {
    // GIVEN the contract-signed webhook delivered twice: both start execution contract-<id>
    String event = harness.contract("premium");
    boolean first = harness.start(event);
    boolean second = harness.start(event);

    // WHEN the engine runs
    ExecutionResult result = harness.drain();

    // THEN one execution ran and Stripe got one create
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    harness.stripe.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers")));

    // WHEN the same contract arrives under another execution name (an ingress that named it differently)
    String otherName = "contract-" + harness.contractId + "-again";
    String otherArn = harness.engine.settings().executionArn(StateMachineType.STANDARD, OnboardingHarness.MACHINE, otherName);
    harness.engine.start(harness.machine, otherArn, otherName, Json.parse(event), "contract:" + harness.contractId);
    harness.engine.drain(otherArn);

    // THEN the customer is found by its contract id, not created twice, and the other records are found too
    ExecutionResult again = harness.engine.result(otherArn).orElseThrow();
    assertThat(again.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(again.output().path("stripe_customer_id").asText()).isEqualTo(ApiStubs.CUSTOMER_ID);
    harness.stripe.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers")));
  }
}
