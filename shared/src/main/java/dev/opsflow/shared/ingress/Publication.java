package dev.opsflow.shared.ingress;

/** One event ingress publishes to the bus: its {@code source}, {@code detail-type} and detail (a JSON object, as text). */
public record Publication(String source, String detailType, String detail) {
  /** A person's request, for the intake workflow: detail {@code {"execution_name", "request"}}. */
  public static final String SERVICE_REQUEST_RECEIVED = "ServiceRequestReceived";

  /** A machine source's event, applied in per-entity order: detail {@code {"webhook_source", "payload", ...}}. */
  public static final String WEBHOOK_RECEIVED = "WebhookReceived";

  /** A client signed their contract, for client onboarding: detail {@code {"execution_name", "contract"}}. */
  public static final String CONTRACT_SIGNED = "ContractSigned";

  /** The {@code source} of the events ingress publishes about requests and webhooks. */
  public static final String SOURCE = "opsflow.ingress";

  /** The {@code source} of {@link #CONTRACT_SIGNED}: the rule {@code contract-signed} matches it. */
  public static final String CONTRACTS_SOURCE = "opsflow.contracts";

  /** An event from {@link #SOURCE}. */
  public Publication(String detailType, String detail) {
    this(SOURCE, detailType, detail);
  }
}
