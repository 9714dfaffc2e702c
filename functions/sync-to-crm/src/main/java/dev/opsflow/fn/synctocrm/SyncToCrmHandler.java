package dev.opsflow.fn.synctocrm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.crm.CrmContact;
import dev.opsflow.shared.crm.CrmPort;
import dev.opsflow.shared.crm.CrmRef;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import dev.opsflow.shared.workflow.StepWiring;
import java.util.Map;

/**
 * SyncToCrm: upserts the request's contact in the CRM the environment names (the port finds what a previous
 * attempt made instead of making a twin), remembers an external CRM's id on the built-in customer so the next
 * sync goes straight to it, and audits the sync. A CRM that is down throws CrmUnavailableException (the state
 * machine retries it); one that refuses the contact throws CrmRejectedException (operators are alerted).
 */
public final class SyncToCrmHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final CustomerStore customers;
  private final CrmPort crm;

  public SyncToCrmHandler() {
    this(System.getenv());
  }

  public SyncToCrmHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), new CustomerStore(AppDatabase.get()), StepWiring.crm(env, AppDatabase.get()));
  }

  SyncToCrmHandler(IntakeStores stores, CustomerStore customers, CrmPort crm) {
    this.stores = stores;
    this.customers = customers;
    this.crm = crm;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    SyncToCrmInput in = StepPayloads.read(event, SyncToCrmInput.class);
    String customerId = in.customerId();
    CrmContact contact = CrmContact.fromRecord(customerId, in.fields(), in.channel());
    String known = customerId == null ? null
        : customers.find(customerId).map(c -> c.externalIds().get(crm.system())).orElse(null);
    CrmRef ref = crm.upsertContact(known == null ? contact : contact.withExternalId(known), in.step().idempotencyKey());
    if (customerId != null && !ref.system().equals("builtin")) {
      customers.setExternalId(customerId, ref.system(), ref.id());
    }
    SyncToCrmOutput out = new SyncToCrmOutput(customerId, ref.system(), ref.id(), ref.created());
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "crm.synced", StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
