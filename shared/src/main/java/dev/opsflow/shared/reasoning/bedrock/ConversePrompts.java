package dev.opsflow.shared.reasoning.bedrock;

import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.agent.AgentDefinition;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SpecificToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * Builds Converse requests from agent definitions: system prompt from instructions and constraints, one tool
 * whose input schema is the agent's output schema, and a tool choice forcing that tool.
 */
final class ConversePrompts {

  private ConversePrompts() {}

  /** The tool's name: the agent id in snake case ("classify-extract" becomes "classify_extract"). */
  static String toolName(AgentDefinition agent) {
    return agent.id().replaceAll("[^A-Za-z0-9_]", "_");
  }

  static ConverseRequest request(AgentDefinition agent, String userMessage) {
    String tool = toolName(agent);
    return ConverseRequest.builder()
        .modelId(agent.model().modelId())
        .system(SystemContentBlock.fromText(agent.systemPrompt()))
        .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText(userMessage)).build())
        .inferenceConfig(InferenceConfiguration.builder()
            .maxTokens(agent.model().maxTokens())
            .temperature((float) agent.model().temperature())
            .build())
        .toolConfig(ToolConfiguration.builder()
            .tools(Tool.fromToolSpec(ToolSpecification.builder()
                .name(tool)
                .description("Record the structured answer of agent " + agent.id() + " version " + agent.version())
                .inputSchema(ToolInputSchema.fromJson(Documents.fromJson(agent.outputSchemaJson())))
                .build()))
            .toolChoice(ToolChoice.fromTool(SpecificToolChoice.builder().name(tool).build()))
            .build())
        .build();
  }

  /** The user turn for classify-extract: channel facts first, then the message verbatim. */
  static String classifyExtract(InboundText input) {
    StringBuilder prompt = new StringBuilder()
        .append("Channel: ").append(input.channel()).append('\n')
        .append("Received at: ").append(input.receivedAt()).append('\n');
    InboundText.Sender sender = input.sender();
    if (sender.phone() != null || sender.email() != null || sender.name() != null) {
      prompt.append("Sender as reported by the channel (not part of the message): ")
          .append(Json.write(Json.MAPPER.valueToTree(sender))).append('\n');
    }
    return prompt.append("\nMessage:\n<<<\n").append(input.text()).append("\n>>>").toString();
  }

  /** The user turn for draft-confirmation: the request as JSON. */
  static String draftConfirmation(ConfirmationRequest request) {
    return "Request:\n" + Json.write(Json.MAPPER.valueToTree(request));
  }
}
