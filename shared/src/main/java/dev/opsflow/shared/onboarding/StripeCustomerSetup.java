package dev.opsflow.shared.onboarding;

import dev.opsflow.shared.integrations.stripe.NewStripeCustomer;
import dev.opsflow.shared.integrations.stripe.StripeClient;
import dev.opsflow.shared.integrations.stripe.StripeCustomer;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure the client is a Stripe customer, exactly once: a customer already tagged with the contract id is
 * reused; otherwise one is created under the step's idempotency key, which Stripe honours for 24 hours (a retry
 * or redrive of the same execution gets the same customer back).
 */
public final class StripeCustomerSetup {
  /** The metadata key that ties a Stripe customer to its contract. */
  public static final String CONTRACT_METADATA = "opsflow_contract_id";

  /** What the step did: the customer and whether this call created it. */
  public record Result(String customerId, boolean created) {}

  private final StripeClient stripe;

  public StripeCustomerSetup(StripeClient stripe) {
    this.stripe = stripe;
  }

  /** Stripe as {@code OPSFLOW_STRIPE_API_URL} and the secrets store name it. */
  public static StripeCustomerSetup fromEnvironment(Map<String, String> env) {
    return new StripeCustomerSetup(StripeClient.fromEnvironment(env));
  }

  public Result ensure(OnboardingStep step, Contract contract) {
    String correlation = step.executionId();
    Optional<StripeCustomer> existing = stripe.findByMetadata(correlation, CONTRACT_METADATA, contract.id());
    if (existing.isPresent()) {
      return new Result(existing.get().id(), false);
    }
    ClientContact client = contract.client();
    StripeCustomer created =
        stripe.create(
            correlation,
            new NewStripeCustomer(
                client.company(), client.email(), client.phone(), "Onboarded from contract " + contract.id(),
                Map.of(CONTRACT_METADATA, contract.id(), "opsflow_plan", contract.plan())),
            step.idempotencyKey());
    return new Result(created.id(), true);
  }
}
