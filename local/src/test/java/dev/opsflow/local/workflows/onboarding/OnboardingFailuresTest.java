package dev.opsflow.local.workflows.onboarding;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.shared.integrations.PermanentIntegrationException;
import dev.opsflow.shared.integrations.TransientIntegrationException;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.operations.OperatorTask;
import dev.opsflow.shared.operations.OperatorTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The onboarding riding out an outage and a rate limit by itself, and asking a person when it cannot. */
class OnboardingFailuresTest {
  final OnboardingHarness harness = new OnboardingHarness();
  final OperatorTasks tasks = new OperatorTasks(harness.db, Clock.systemUTC());

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void stripeDownFor30Seconds_isRiddenOutByRetries() {
    // GIVEN Stripe answering 503 for the first 30 seconds of the execution (engine time)
    harness.stripeOutage.until(harness.clock, OnboardingHarness.START.plusSeconds(30));

    // WHEN the onboarding runs
    ExecutionResult result = harness.run(harness.contract("premium"));

    // THEN it retried with backoff until Stripe was back, then created the customer once, and went on
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    List<ObjectNode> failures = OnboardingHarness.events(result, "TaskFailed");
    assertThat(failures).isNotEmpty().allSatisfy(e ->
        assertThat(e.at("/taskFailedEventDetails/error").asText()).isEqualTo(TransientIntegrationException.class.getName()));
    assertThat(OnboardingHarness.secondsOf(result, "TaskSucceeded").get(0)).isGreaterThanOrEqualTo(30);
    assertThat(harness.stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/customers/search")))).hasSize(failures.size() + 1);
    harness.stripe.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers")));
    assertThat(result.output().path("stripe_customer_id").asText()).isEqualTo(ApiStubs.CUSTOMER_ID);
    assertThat(tasks.open()).isEmpty();
  }

  @Test
  void rateLimitWithRetryAfter_waitsExactlyThatLong_thenCreatesOnce() {
    // GIVEN Stripe answering the create with 429 and Retry-After: 7, then accepting it
    harness.stripe.stubFor(post(urlPathEqualTo("/v1/customers")).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("throttled once")
        .willReturn(ApiStubs.json(429, "{\"error\": {\"type\": \"rate_limit_error\", \"code\": \"rate_limit\", \"message\": \"Too many requests\"}}")
            .withHeader("Retry-After", "7")));
    harness.stripe.stubFor(post(urlPathEqualTo("/v1/customers")).inScenario("throttle").whenScenarioStateIs("throttled once")
        .willReturn(ApiStubs.json(200, ApiStubs.customer(harness.contractId))));

    // WHEN the onboarding runs
    ExecutionResult result = harness.run(harness.contract("basic"));

    // THEN the workflow waited exactly the 7 seconds Stripe asked for, then sent the same create again
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    List<ObjectNode> waits = OnboardingHarness.events(result, "WaitStateEntered");
    assertThat(waits).extracting(e -> e.at("/stateEnteredEventDetails/name").asText()).containsExactly("WaitForStripeRateLimit");
    Instant entered = Instant.parse(waits.get(0).path("timestamp").asText());
    Instant exited = Instant.parse(OnboardingHarness.events(result, "WaitStateExited").get(0).path("timestamp").asText());
    assertThat(Duration.between(entered, exited)).isEqualTo(Duration.ofSeconds(7));
    harness.stripe.verify(2, postRequestedFor(urlPathEqualTo("/v1/customers"))
        .withHeader("Idempotency-Key", equalTo(harness.executionArn() + "#CreateStripeCustomer")));
    assertThat(result.output().path("stripe_customer_id").asText()).isEqualTo(ApiStubs.CUSTOMER_ID);
  }

  @Test
  void unrecoverableFailure_alertsOpensATask_andTheOperatorsRetryResumesAtTheFailedStep() {
    // GIVEN Asana refusing the project (403: the token lost access to the workspace)
    harness.asana.stubFor(post(urlPathEqualTo("/api/1.0/projects"))
        .willReturn(ApiStubs.json(403, "{\"errors\": [{\"message\": \"Forbidden\"}]}")));

    // WHEN the onboarding runs
    ExecutionResult waiting = harness.run(harness.contract("premium"));

    // THEN no retry was spent on it: the operators are alerted and a task waits for them on the operations page
    assertThat(waiting.status()).isEqualTo(ExecutionStatus.RUNNING);
    harness.asana.verify(1, postRequestedFor(urlPathEqualTo("/api/1.0/projects")));
    List<OperatorTask> open = tasks.open();
    assertThat(open).singleElement().satisfies(task -> {
      assertThat(task.executionArn()).isEqualTo(harness.executionArn());
      assertThat(task.subject()).isEqualTo("contract:" + harness.contractId);
      assertThat(task.alertId()).isNotNull();
      assertThat(task.taskToken()).isNotBlank();
      assertThat(task.title()).contains("Acme Property Management", "SetUpWorkspace");
      assertThat(task.detail().path("error").asText()).isEqualTo(PermanentIntegrationException.class.getName());
    });
    assertThat(alertCount()).isEqualTo(1);
    assertThat(new NotificationStore(harness.db).recent(100))
        .filteredOn(n -> n.idempotencyKey().startsWith(harness.executionArn() + "#AlertOperators#"))
        .singleElement()
        .satisfies(n -> {
          assertThat(n.event().wireName()).isEqualTo("operator-alert");
          assertThat(n.recipient()).isEqualTo(OnboardingHarness.OPERATOR_EMAIL);
          assertThat(n.subject()).contains("failed at SetUpWorkspace");
        });

    // WHEN the operator restores Asana's access and answers the task: retry
    harness.asana.stubFor(post(urlPathEqualTo("/api/1.0/projects")).willReturn(ApiStubs.createdProject()));
    harness.engine.answerToken(open.get(0).taskToken(), Json.parse("{\"output\": {\"decision\": \"retry\"}}"));
    tasks.close(open.get(0).id(), "operator@example.com");
    ExecutionResult resumed = harness.drain();

    // THEN the execution resumed at the failed step: the Stripe customer was not created again
    assertThat(resumed.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    harness.stripe.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers")));
    harness.asana.verify(2, postRequestedFor(urlPathEqualTo("/api/1.0/projects")));
    assertThat(resumed.output().path("asana_project_gid").asText()).isEqualTo(ApiStubs.PROJECT_GID);
  }

  @Test
  void unrecoverableFailure_abandonedByTheOperator_endsInTheExplicitFailState() {
    // GIVEN Drive refusing the folder (404: the parent folder is gone), alerted and waiting
    harness.drive.stubFor(post(urlPathEqualTo("/drive/v3/files"))
        .willReturn(ApiStubs.json(404, "{\"error\": {\"code\": 404, \"message\": \"File not found: 0AHw.\", \"errors\": [{\"reason\": \"notFound\"}]}}")));
    harness.run(harness.contract("premium"));
    OperatorTask task = tasks.open().get(0);

    // WHEN the operator gives up on it
    harness.engine.answerToken(task.taskToken(), Json.parse("{\"output\": {\"decision\": \"abandon\"}}"));
    ExecutionResult failed = harness.drain();

    // THEN the execution fails in OnboardingFailed with the original error
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.error()).isEqualTo(PermanentIntegrationException.class.getName());
    assertThat(failed.cause()).contains("drive refused the request: HTTP 404 notFound");
    assertThat(OnboardingHarness.events(failed, "FailStateEntered")).extracting(e -> e.at("/stateEnteredEventDetails/name").asText())
        .containsExactly("OnboardingFailed");
    assertThat(task.title()).contains("CreateDriveFolder");
  }

  long alertCount() {
    return dev.opsflow.shared.db.Jdbc.withConnection(harness.db, "count alerts", c -> {
      try (var s = c.prepareStatement("SELECT count(*) FROM operator_alerts WHERE execution_arn = ?")) {
        s.setString(1, harness.executionArn());
        try (var rs = s.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }
}
