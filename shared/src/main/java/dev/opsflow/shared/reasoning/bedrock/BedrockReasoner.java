package dev.opsflow.shared.reasoning.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.AgentOutputInvalidException;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasonerThrottledException;
import dev.opsflow.shared.reasoning.ReasonerUnavailableException;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.reasoning.StructuredOutput;
import dev.opsflow.shared.reasoning.agent.AgentDefinition;
import dev.opsflow.shared.reasoning.agent.Agents;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InternalServerException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * The reasoner on Amazon Bedrock's Converse API. Each agent's output schema becomes the input schema of a
 * single tool that the model is forced to call ({@code toolChoice}), so the answer arrives as structured tool
 * input, which is then validated against the same schema. The model id, agent version and token usage of
 * every call are recorded.
 *
 * <p>Errors: throttling and quota refusals surface as {@link ReasonerThrottledException}, server-side and
 * connection failures as {@link ReasonerUnavailableException} (both retried by the state machine); output
 * that breaks the schema as {@link AgentOutputInvalidException}. Other Bedrock errors (validation, access)
 * propagate unchanged: retrying cannot fix them.
 */
public final class BedrockReasoner implements Reasoner {
  private static final Logger LOG = LoggerFactory.getLogger(BedrockReasoner.class);

  private final BedrockRuntimeClient client;
  private final Agents agents;

  public BedrockReasoner(BedrockRuntimeClient client, Agents agents) {
    this.client = client;
    this.agents = agents;
  }

  /** A reasoner with its own client (URL-connection HTTP client; default credentials chain). */
  public static BedrockReasoner create(Agents agents, Region region, Optional<URI> endpoint) {
    BedrockRuntimeClientBuilder builder =
        BedrockRuntimeClient.builder().region(region).httpClient(UrlConnectionHttpClient.create());
    endpoint.ifPresent(builder::endpointOverride);
    return new BedrockReasoner(builder.build(), agents);
  }

  @Override
  public ReasoningResult classifyAndExtract(InboundText input) {
    AgentDefinition agent = agents.classifyExtract();
    Answer answer = call(agent, ConversePrompts.classifyExtract(input));
    return StructuredOutput.toResult(answer.output(), input.text(), answer.call());
  }

  @Override
  public Draft draftConfirmation(ConfirmationRequest request) {
    Answer answer = call(agents.draftConfirmation(), ConversePrompts.draftConfirmation(request));
    return StructuredOutput.toDraft(answer.output(), answer.call());
  }

  /** The validated tool input and the call record. */
  private record Answer(JsonNode output, AgentCall call) {}

  private Answer call(AgentDefinition agent, String userMessage) {
    long started = System.nanoTime();
    ConverseResponse response = converse(agent, userMessage);
    long millis = (System.nanoTime() - started) / 1_000_000;
    long inputTokens = response.usage() == null ? 0 : orZero(response.usage().inputTokens());
    long outputTokens = response.usage() == null ? 0 : orZero(response.usage().outputTokens());
    Optional<JsonNode> output = toolInput(agent, response);
    AgentCall call = new AgentCall(agent.id(), agent.version(), agent.model().modelId(), inputTokens, outputTokens,
        millis, output.orElseGet(() -> Json.MAPPER.createObjectNode().put("stop_reason", response.stopReasonAsString())));
    if (output.isEmpty()) {
      throw new AgentOutputInvalidException(agent.id(),
          List.of("$: the model did not call the tool " + ConversePrompts.toolName(agent)
              + " (stop reason " + response.stopReasonAsString() + ")"), call);
    }
    List<String> problems = agent.outputSchema().problems(output.get());
    if (!problems.isEmpty()) {
      LOG.warn("Agent {} {} on {} returned output that breaks its schema: {}", agent.id(), agent.version(),
          agent.model().modelId(), problems);
      throw new AgentOutputInvalidException(agent.id(), problems, call);
    }
    return new Answer(output.get(), call);
  }

  private ConverseResponse converse(AgentDefinition agent, String userMessage) {
    try {
      return client.converse(ConversePrompts.request(agent, userMessage));
    } catch (ThrottlingException | ServiceQuotaExceededException e) {
      throw new ReasonerThrottledException("Bedrock throttled " + agent.model().modelId() + ": " + e.getMessage(), e);
    } catch (InternalServerException | ServiceUnavailableException | ModelNotReadyException | ModelTimeoutException e) {
      throw new ReasonerUnavailableException("Bedrock failed transiently on " + agent.model().modelId() + ": "
          + e.getMessage(), e);
    } catch (SdkClientException e) {
      throw new ReasonerUnavailableException("Bedrock could not be reached: " + e.getMessage(), e);
    }
  }

  private static Optional<JsonNode> toolInput(AgentDefinition agent, ConverseResponse response) {
    String tool = ConversePrompts.toolName(agent);
    if (response.output() == null || response.output().message() == null) {
      return Optional.empty();
    }
    return response.output().message().content().stream()
        .map(ContentBlock::toolUse)
        .filter(use -> use != null && tool.equals(use.name()))
        .map(ToolUseBlock::input)
        .map(Documents::toJson)
        .findFirst();
  }

  private static long orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
