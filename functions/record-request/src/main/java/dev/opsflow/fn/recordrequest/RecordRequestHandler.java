package dev.opsflow.fn.recordrequest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.intake.store.CreateResult;
import dev.opsflow.shared.intake.store.NewRequest;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.Map;

/**
 * RecordRequest: stores the inbound request (status received) with the channel as revision 1 of its record, and
 * audits its arrival. A redelivery or retry finds the stored request (same channel and source id) and changes
 * nothing.
 */
public final class RecordRequestHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;

  public RecordRequestHandler() {
    this(System.getenv());
  }

  public RecordRequestHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()));
  }

  RecordRequestHandler(IntakeStores stores) {
    this.stores = stores;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    RecordRequestInput in = StepPayloads.read(event, RecordRequestInput.class);
    NewRequest envelope = NewRequest.fromEnvelope(in.request(), in.step().executionName());
    ObjectNode record = JsonNodeFactory.instance.objectNode().put("channel", envelope.channel());
    CreateResult result = stores.requests().create(withRecord(envelope, record), StepActors.WORKFLOW);
    StoredRequest stored = result.request();
    ObjectNode detail = JsonNodeFactory.instance.objectNode()
        .put("channel", stored.channel()).put("source_id", stored.sourceId()).put("execution", in.step().executionId());
    stores.audit().append(stored.id(), StepActors.WORKFLOW, "request.received", detail, in.step().idempotencyKey());
    return StepPayloads.write(new RecordRequestOutput(stored.id(), RequestEnvelopes.of(stored), result.created()));
  }

  private static NewRequest withRecord(NewRequest r, ObjectNode record) {
    return new NewRequest(
        r.id(), r.executionName(), r.channel(), r.sourceId(), r.sender(), r.subject(), r.rawText(), r.attachments(), r.receivedAt(), record);
  }
}
