package dev.opsflow.fn.matchcustomer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.customers.CustomerMatcher;
import dev.opsflow.shared.customers.CustomerQuery;
import dev.opsflow.shared.customers.CustomerStore;
import dev.opsflow.shared.customers.MatchPolicy;
import dev.opsflow.shared.customers.MatchResult;
import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.workflow.IntakeStores;
import dev.opsflow.shared.workflow.StepActors;
import dev.opsflow.shared.workflow.StepPayloads;
import java.util.Map;
import javax.sql.DataSource;

/**
 * MatchCustomer: ties the request to a customer of the built-in CRM ({@link CustomerMatcher#matchOrCreate}: a
 * match gains the details it lacked; no match makes a new customer, once per step key), stores the match and
 * its confidence on the request and audits it.
 */
public final class MatchCustomerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IntakeStores stores;
  private final CustomerMatcher matcher;

  public MatchCustomerHandler() {
    this(System.getenv());
  }

  public MatchCustomerHandler(Map<String, String> env) {
    this(IntakeStores.on(AppDatabase.get()), matcher(AppDatabase.get()));
  }

  MatchCustomerHandler(IntakeStores stores, CustomerMatcher matcher) {
    this.stores = stores;
    this.matcher = matcher;
  }

  static CustomerMatcher matcher(DataSource dataSource) {
    return new CustomerMatcher(new CustomerStore(dataSource), PhoneNumbers.us(), MatchPolicy.defaults());
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    MatchCustomerInput in = StepPayloads.read(event, MatchCustomerInput.class);
    MatchResult result = matcher.matchOrCreate(CustomerQuery.fromRecord(in.fields()), in.step().idempotencyKey());
    stores.requests().setCustomerMatch(in.requestId(), result.customerId(), result.confidenceDecimal(), result.method().wireName());
    MatchCustomerOutput out = MatchCustomerOutput.of(result);
    stores.audit().append(in.requestId(), StepActors.WORKFLOW, "customer.matched", StepPayloads.tree(out), in.step().idempotencyKey());
    return StepPayloads.write(out);
  }
}
