package dev.opsflow.shared.ingress;

/** One event ingress publishes to the bus: its {@code detail-type} and its detail (a JSON object, as text). */
public record Publication(String detailType, String detail) {
  /** A person's request, for the intake workflow: detail {@code {"execution_name", "request"}}. */
  public static final String SERVICE_REQUEST_RECEIVED = "ServiceRequestReceived";

  /** A machine source's event, applied in per-entity order: detail {@code {"webhook_source", "payload", ...}}. */
  public static final String WEBHOOK_RECEIVED = "WebhookReceived";

  /** The {@code source} of every event ingress publishes. */
  public static final String SOURCE = "opsflow.ingress";
}
