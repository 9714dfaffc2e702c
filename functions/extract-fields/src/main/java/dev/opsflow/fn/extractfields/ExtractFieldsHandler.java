package dev.opsflow.fn.extractfields;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.RequestRevision;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.RecordFields;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.List;
import java.util.Map;

/**
 * ExtractFields: checks the agent's extracted values against the question flow of the issue type ({@link
 * RecordFields}) and writes them, with the issue type and urgency, as a revision of the record made by the
 * agent. Where the message gave no phone, email or name, the envelope's sender fills them ({@link ChannelSender}).
 * A retry finds the revision by its idempotency key. Refused values and the guard's violations are audited.
 */
public final class ExtractFieldsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final RecordFields recordFields;

  public ExtractFieldsHandler() {
    this(System.getenv());
  }

  public ExtractFieldsHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), new RecordFields(ConfigLoader.fromEnvironment(env).questionFlow()));
  }

  ExtractFieldsHandler(IntakeStores stores, RecordFields recordFields) {
    this.stores = stores;
    this.recordFields = recordFields;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    ExtractFieldsInput in = StepPayloads.read(event, ExtractFieldsInput.class);
    Map<String, String> values = in.values();
    List<String> fromChannel = ChannelSender.fill(values, in.from());
    RecordFields.Checked checked = recordFields.check(in.issueType(), values);
    Actor agent = Actor.agent(in.agent().agentId(), in.agent().agentVersion());
    RequestRevision revision = stores.requests().reviseRecord(in.requestId(), record -> {
      record.setAll(checked.accepted());
      record.put("issue_type", in.issueType());
      record.put("urgency", in.urgency());
      return record;
    }, agent, "fields extracted", in.step().idempotencyKey());
    stores.requests().setStatus(in.requestId(), RequestStatus.EXTRACTED);
    ExtractFieldsOutput out = new ExtractFieldsOutput(revision.record(), revision.revision(), checked.refused());
    ObjectNode detail = (ObjectNode) StepPayloads.tree(Map.of("revision", revision.revision(), "refused", checked.refused(),
        "violations", in.violations(), "from_channel", fromChannel, "fields", checked.accepted().properties().stream().map(Map.Entry::getKey).toList()));
    stores.audit().append(in.requestId(), agent, "record.extracted", detail, in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
