package dev.opsflow.shared.reasoning.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.AgentOutputInvalidException;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.ReasonerThrottledException;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.reasoning.RepoPaths;
import dev.opsflow.shared.reasoning.agent.Agents;
import dev.opsflow.shared.reasoning.guard.GuardedReasoner;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The real Bedrock runtime client against WireMock serving Converse responses in the documented shape
 * ({@code output.message.content[].toolUse.input}, {@code stopReason}, {@code usage}).
 */
class BedrockReasonerTest {
  private static final String CONVERSE = "/model/[^/]+/converse";
  private static final String TEXT = "Hi, this is Ana Ruiz. The furnace quit, call me at 614-555-0101. 9 Pine Road.";

  @RegisterExtension
  static final WireMockExtension BEDROCK = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private BedrockRuntimeClient client;
  private BedrockReasoner reasoner;

  @BeforeEach
  void setUp() {
    client = BedrockRuntimeClient.builder()
        .endpointOverride(URI.create(BEDROCK.baseUrl()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
    reasoner = new BedrockReasoner(client, Agents.load(RepoPaths.config()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void toolUseAnswer_becomesResultWithModelAndTokens() {
    // GIVEN Bedrock answers with the forced tool call
    BEDROCK.stubFor(post(urlPathMatching(CONVERSE)).willReturn(json(200, converseResponse("classify_extract", """
        {"is_service_request": true, "non_service_category": null, "issue_type": "hvac", "urgency": "urgent",
         "fields": {"customer_name": {"value": "Ana Ruiz", "evidence": "this is Ana Ruiz"},
                    "phone": {"value": "+16145550101", "evidence": "614-555-0101"},
                    "address": {"value": "9 Pine Road", "evidence": "9 Pine Road"}}}""", 812, 164))));

    // WHEN the message is classified
    ReasoningResult result = reasoner.classifyAndExtract(InboundText.of("email", TEXT, Instant.parse("2026-11-21T10:00:00Z")));

    // THEN the tool input is the result, evidence is located, and the call records model, version and usage
    assertThat(result.issueType()).isEqualTo("hvac");
    assertThat(result.value("phone")).hasValue("+16145550101");
    assertThat(result.fields().get("address").evidence().start()).isEqualTo(TEXT.indexOf("9 Pine Road"));
    assertThat(result.call().modelId()).isEqualTo("anthropic.claude-3-5-haiku-20241022-v1:0");
    assertThat(result.call().agentVersion()).isEqualTo("1.0.0");
    assertThat(result.call().inputTokens()).isEqualTo(812);
    assertThat(result.call().outputTokens()).isEqualTo(164);
    // AND the request forced the one tool whose input schema is the agent's output schema
    BEDROCK.verify(postRequestedFor(urlPathMatching(CONVERSE))
        .withRequestBody(matchingJsonPath("$.toolConfig.toolChoice.tool.name", equalTo("classify_extract")))
        .withRequestBody(matchingJsonPath("$.toolConfig.tools[0].toolSpec.inputSchema.json.properties.urgency.enum[0]",
            equalTo("emergency")))
        .withRequestBody(matchingJsonPath("$.system[0].text"))
        .withRequestBody(matchingJsonPath("$.inferenceConfig.maxTokens", equalTo("1024"))));
  }

  @Test
  void throttling_surfacesAsRetryableException() {
    // GIVEN Bedrock refuses for rate
    BEDROCK.stubFor(post(urlPathMatching(CONVERSE)).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json")
        .withHeader("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/")
        .withBody("{\"message\":\"Too many requests, please wait before trying again.\"}")));

    // WHEN the message is classified
    // THEN the error is the class ASL Retry names
    assertThatThrownBy(() -> reasoner.classifyAndExtract(InboundText.of("sms", TEXT, Instant.EPOCH)))
        .isInstanceOf(ReasonerThrottledException.class)
        .hasMessageContaining("throttled");
    assertThat(ReasonerThrottledException.class.getName())
        .isEqualTo("dev.opsflow.shared.reasoning.ReasonerThrottledException");
  }

  @Test
  void answerBreakingTheSchema_isRejected() {
    // GIVEN a tool call with an urgency outside the enum and a field without evidence
    BEDROCK.stubFor(post(urlPathMatching(CONVERSE)).willReturn(json(200, converseResponse("classify_extract", """
        {"is_service_request": true, "issue_type": "hvac", "urgency": "soon",
         "fields": {"phone": {"value": "+16145550101"}}}""", 700, 90))));

    // WHEN the message is classified
    // THEN the output is rejected with the schema problems
    assertThatThrownBy(() -> reasoner.classifyAndExtract(InboundText.of("sms", TEXT, Instant.EPOCH)))
        .isInstanceOf(AgentOutputInvalidException.class)
        .satisfies(e -> {
          AgentOutputInvalidException invalid = (AgentOutputInvalidException) e;
          assertThat(invalid.problems()).anyMatch(p -> p.contains("urgency")).anyMatch(p -> p.contains("phone"));
          // the call still cost tokens and is kept for the log
          assertThat(invalid.call()).map(AgentCall::inputTokens).hasValue(700L);
        });
  }

  @Test
  void draftPromisingATime_isFlaggedForAHuman() {
    // GIVEN the drafting model promises a visit time
    BEDROCK.stubFor(post(urlPathMatching(CONVERSE)).willReturn(json(200, converseResponse("draft_confirmation", """
        {"subject": "Your furnace repair", "body": "Hi Ana, a technician will be there tomorrow at 3."}""", 300, 40))));

    // WHEN a guarded reasoner drafts the confirmation
    Draft draft = GuardedReasoner.of(reasoner).draftConfirmation(
        new ConfirmationRequest("req-1", "email", "hvac", "urgent", Map.of("customer_name", "Ana Ruiz")));

    // THEN it goes to a human, and the call names the drafting model
    assertThat(draft.needsHuman()).isTrue();
    assertThat(draft.reasons()).anyMatch(r -> r.contains("tomorrow"));
    assertThat(draft.call().modelId()).isEqualTo("amazon.nova-lite-v1:0");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String converseResponse(String tool, String input, int inputTokens, int outputTokens) {
    return """
        {"output": {"message": {"role": "assistant", "content": [
            {"toolUse": {"toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "%s", "input": %s}}]}},
         "stopReason": "tool_use",
         "usage": {"inputTokens": %d, "outputTokens": %d, "totalTokens": %d},
         "metrics": {"latencyMs": 1204}}""".formatted(tool, input, inputTokens, outputTokens, inputTokens + outputTokens);
  }
}
