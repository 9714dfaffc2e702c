package dev.opsflow.shared.reasoning;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opsflow.shared.reasoning.guard.GuardViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the classify-and-extract agent decided about one message. {@code issueType} is null when it is not a
 * service request or the type cannot be told; {@code urgency} is always one of emergency, urgent, routine.
 * {@code fields} maps request field names to values with evidence; {@code violations} lists what a guard
 * dropped (empty straight out of a reasoner).
 */
public record ReasoningResult(
    @JsonProperty("is_service_request") boolean serviceRequest,
    @JsonProperty("issue_type") String issueType,
    @JsonProperty("urgency") String urgency,
    @JsonProperty("fields") Map<String, ExtractedField> fields,
    @JsonProperty("violations") List<GuardViolation> violations,
    @JsonProperty("agent_call") AgentCall call) {

  public ReasoningResult {
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(call, "call");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    violations = List.copyOf(violations);
  }

  /** The value of a field, if extracted. */
  public Optional<String> value(String field) {
    return Optional.ofNullable(fields.get(field)).map(ExtractedField::value);
  }

  /** A copy with these fields kept and these violations added (how guards report what they dropped). */
  public ReasoningResult withFields(Map<String, ExtractedField> kept, List<GuardViolation> added) {
    List<GuardViolation> all = new ArrayList<>(violations);
    all.addAll(added);
    return new ReasoningResult(serviceRequest, issueType, urgency, kept, all, call);
  }
}
