package dev.opsflow.fn.createstripecustomer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.onboarding.StripeCustomerSetup;
import java.util.Map;

/**
 * Makes sure the client of a signed contract is a Stripe customer (the onboarding's first step: nothing else
 * proceeds until Stripe has confirmed the customer). Input {@code {"step": {...}, "contract": {...}}}; output
 * {@code {"customer_id": "cus_...", "created": true}}.
 * Every call to the API goes through the ledger, with this integration's secret only.
 */
public final class CreateStripeCustomerHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final StripeCustomerSetup setup;

  public CreateStripeCustomerHandler() {
    this(System.getenv());
  }

  public CreateStripeCustomerHandler(Map<String, String> env) {
    this(StripeCustomerSetup.fromEnvironment(env));
  }

  public CreateStripeCustomerHandler(StripeCustomerSetup setup) {
    this.setup = setup;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    // Maps, not records, cross the runtime boundary: AWS's Java runtime ignores our Jackson annotations.
    CreateStripeCustomerInput input = Json.MAPPER.convertValue(event, CreateStripeCustomerInput.class);
    StripeCustomerSetup.Result result = setup.ensure(input.step(), input.contract());
    return Json.MAPPER.convertValue(new CreateStripeCustomerOutput(result.customerId(), result.created()), MAP);
  }
}
