package dev.opsflow.fn.startworkflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * What the handler sends to StartExecution and how Step Functions' failures come back, against a WireMock server
 * speaking the service's JSON 1.0 protocol: the SDK retries throttling and 5xx itself and then its exception
 * propagates unchanged (not as {@code InvalidWorkflowStartException}), so Lambda's and the bus's retries apply.
 */
class StartWorkflowHandlerSdkTest {
  private static final String TARGET = "AWSStepFunctions.StartExecution";

  private final WireMockServer stepFunctions = new WireMockServer(wireMockConfig().dynamicPort());
  private StartWorkflowHandler handler;

  @BeforeEach
  void start() {
    stepFunctions.start();
    handler = new StartWorkflowHandler(new WorkflowStarter(LocalStepFunctions.client(URI.create(stepFunctions.baseUrl()))));
  }

  @AfterEach
  void stop() {
    stepFunctions.stop();
  }

  @Test
  void start_sendsTheNameAndTheInputAsWritten() throws Exception {
    // GIVEN Step Functions that accepts the start
    stepFunctions.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-amz-json-1.0")
        .withBody("{\"executionArn\": \"arn:aws:states:us-east-1:111111111111:execution:opsflow-client-onboarding:contract-ctr_1001\", \"startDate\": 1.7637192E9}")));
    // WHEN the onboarding start (a fee of 2.50) is handled
    String output = invoke(StartWorkflowHandlerTest.fixture("start-onboarding.json"));
    // THEN StartExecution got the machine, the name and the input with its numbers as written
    stepFunctions.verify(1, postRequestedFor(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo(TARGET))
        .withRequestBody(matchingJsonPath("$.stateMachineArn", equalTo("arn:aws:states:us-east-1:111111111111:stateMachine:opsflow-client-onboarding")))
        .withRequestBody(matchingJsonPath("$.name", equalTo("contract-ctr_1001")))
        .withRequestBody(matchingJsonPath("$.input", equalToJson(inputOf("start-onboarding.json")))));
    assertThat(stepFunctions.getAllServeEvents().getFirst().getRequest().getBodyAsString()).contains("2.50");
    assertThat(output).contains("\"status\":\"started\"");
  }

  @Test
  void serverError_isRetriedByTheSdk_thenPropagates() {
    // GIVEN Step Functions failing with 500
    stepFunctions.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/x-amz-json-1.0").withBody("{\"__type\": \"InternalFailure\", \"message\": \"try again\"}")));
    // WHEN a start is handled
    // THEN the SDK tried more than once, and then its exception (not a malformed-request one) reaches the caller
    assertThatThrownBy(() -> invoke(StartWorkflowHandlerTest.fixture("start-intake.json")))
        .isInstanceOf(SfnException.class)
        .satisfies(e -> assertThat(((SfnException) e).statusCode()).isEqualTo(500));
    assertThat(stepFunctions.getAllServeEvents()).hasSizeGreaterThan(1);
  }

  @Test
  void throttling_propagatesAsTheSdksThrottlingError() {
    // GIVEN Step Functions throttling every call
    stepFunctions.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/x-amz-json-1.0").withBody("{\"__type\": \"ThrottlingException\", \"message\": \"Rate exceeded\"}")));
    // WHEN a start is handled
    // THEN the throttling error reaches the caller as the SDK's throttling exception, not as a malformed request
    assertThatThrownBy(() -> invoke(StartWorkflowHandlerTest.fixture("start-intake.json")))
        .isInstanceOf(SfnException.class)
        .satisfies(e -> {
          assertThat(((SfnException) e).awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
          assertThat(((SfnException) e).isThrottlingException()).isTrue();
        });
  }

  private String invoke(String request) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String inputOf(String fixture) {
    return dev.opsflow.shared.json.Json.write(dev.opsflow.shared.json.Json.parse(StartWorkflowHandlerTest.fixture(fixture)).path("input"));
  }
}
