package dev.opsflow.shared.reasoning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the agents' structured output (the JSON their output schemas describe, as a model returns
 * it through the tool call) and the typed results. Both reasoners go through here, so the local one produces
 * exactly what a model would and is checked against the same schema.
 */
public final class StructuredOutput {

  private StructuredOutput() {}

  /** The classify-extract output document for a result's decisions and fields. */
  public static ObjectNode classifyExtract(
      boolean serviceRequest, String nonServiceCategory, String issueType, String urgency,
      Map<String, ExtractedField> fields) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("is_service_request", serviceRequest);
    out.put("non_service_category", nonServiceCategory);
    out.put("issue_type", issueType);
    out.put("urgency", urgency);
    ObjectNode fieldsNode = out.putObject("fields");
    fields.forEach((name, field) -> fieldsNode.putObject(name)
        .put("value", field.value())
        .put("evidence", field.evidence().quote()));
    return out;
  }

  /**
   * Reads a (schema-valid) classify-extract output. Evidence quotes are located in the input text; values are
   * kept as given, and grounding is the guard's job.
   */
  public static ReasoningResult toResult(JsonNode output, String inputText, AgentCall call) {
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    output.path("fields").properties().forEach(e -> fields.put(e.getKey(), new ExtractedField(
        e.getValue().path("value").asText(),
        Evidence.locate(inputText, e.getValue().path("evidence").asText()))));
    JsonNode issueType = output.path("issue_type");
    return new ReasoningResult(
        output.path("is_service_request").asBoolean(),
        issueType.isTextual() ? issueType.asText() : null,
        output.path("urgency").asText(),
        fields,
        List.of(),
        call);
  }

  /** The draft-confirmation output document. */
  public static ObjectNode draft(String subject, String body) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("subject", subject);
    out.put("body", body);
    return out;
  }

  /** Reads a (schema-valid) draft-confirmation output. */
  public static Draft toDraft(JsonNode output, AgentCall call) {
    return Draft.unchecked(output.path("subject").asText(), output.path("body").asText(), call);
  }
}
