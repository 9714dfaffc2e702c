package dev.opsflow.shared.reasoning.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.ConfigSource;
import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.AgentOutputInvalidException;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.ExtractedField;
import dev.opsflow.shared.reasoning.FieldNames;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.reasoning.StructuredOutput;
import dev.opsflow.shared.reasoning.agent.AgentDefinition;
import dev.opsflow.shared.reasoning.agent.Agents;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default reasoner: deterministic rules, no model. Triage comes from the cues in {@code triage.json};
 * fields come from the extractors (phone, email, address, name, preferred time, issue-specific facts), each
 * value taken from the text with its span as evidence. The output goes through the agent's output schema
 * like a model's would, and the call is recorded with model id {@value AgentCall#LOCAL_MODEL} and zero
 * tokens. Contact details the channel supplies (caller id) are not used as fields: every field must be
 * grounded in the text; the workflow matches customers on the channel's sender separately.
 */
public final class LocalReasoner implements Reasoner {
  private final Agents agents;
  private final TriageClassifier triage;
  private final PhoneExtractor phones = new PhoneExtractor();
  private final EmailExtractor emails = new EmailExtractor();
  private final AddressExtractor addresses = new AddressExtractor();
  private final NameExtractor names = new NameExtractor();
  private final PreferredTimeExtractor times = new PreferredTimeExtractor();
  private final IssueFieldExtractor issueFields = new IssueFieldExtractor();
  private final DescriptionExtractor descriptions;

  public LocalReasoner(Agents agents, TriageCues cues) {
    this.agents = agents;
    Vocabulary vocabulary = Vocabulary.of(cues);
    this.triage = new TriageClassifier(vocabulary);
    this.descriptions = new DescriptionExtractor(vocabulary);
  }

  /** A local reasoner over the agents and the (validated) triage configuration of a config source. */
  public static LocalReasoner fromConfig(ConfigSource source) {
    return new LocalReasoner(Agents.load(source), TriageCues.from(ConfigLoader.load(source).triage()));
  }

  /** A local reasoner over a config directory. */
  public static LocalReasoner fromConfig(Path configDir) {
    return fromConfig(ConfigSource.directory(configDir));
  }

  @Override
  public ReasoningResult classifyAndExtract(InboundText input) {
    long started = System.nanoTime();
    String text = input.text();
    TriageClassifier.Triage decision = triage.classify(text);
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    if (decision.serviceRequest()) {
      // A closed non-request yields no record: nothing is extracted from spam, invoices or thank-you notes.
      put(fields, FieldNames.CUSTOMER_NAME, names.extract(text));
      put(fields, FieldNames.PHONE, phones.extract(text));
      String name = fields.containsKey(FieldNames.CUSTOMER_NAME) ? fields.get(FieldNames.CUSTOMER_NAME).value() : null;
      put(fields, FieldNames.EMAIL, emails.extract(text, name));
      put(fields, FieldNames.ADDRESS, addresses.extract(text));
      put(fields, FieldNames.PREFERRED_TIME, times.extract(text));
      put(fields, FieldNames.DESCRIPTION, descriptions.extract(text));
      issueFields.extract(decision.issueType(), text).forEach(fields::putIfAbsent);
    }
    ObjectNode output = StructuredOutput.classifyExtract(
        decision.serviceRequest(), decision.nonServiceCategory(), decision.issueType(), decision.urgency(), fields);
    AgentCall call = record(agents.classifyExtract(), output, started);
    return new ReasoningResult(
        decision.serviceRequest(), decision.issueType(), decision.urgency(), fields, List.of(), call);
  }

  @Override
  public Draft draftConfirmation(ConfirmationRequest request) {
    long started = System.nanoTime();
    ObjectNode output = StructuredOutput.draft(ConfirmationTemplate.subject(request), ConfirmationTemplate.body(request));
    return StructuredOutput.toDraft(output, record(agents.draftConfirmation(), output, started));
  }

  private static AgentCall record(AgentDefinition agent, ObjectNode output, long startedNanos) {
    long millis = (System.nanoTime() - startedNanos) / 1_000_000;
    AgentCall call = new AgentCall(agent.id(), agent.version(), AgentCall.LOCAL_MODEL, 0, 0, millis, output);
    List<String> problems = agent.outputSchema().problems(output);
    if (!problems.isEmpty()) {
      // The rules and the agent's schema disagree: a bug here or an edited schema, surfaced like a model's.
      throw new AgentOutputInvalidException(agent.id(), problems, call);
    }
    return call;
  }

  private static void put(Map<String, ExtractedField> fields, String name, Optional<ExtractedField> value) {
    value.ifPresent(v -> fields.put(name, v));
  }
}
