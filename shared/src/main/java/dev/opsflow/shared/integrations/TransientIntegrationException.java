package dev.opsflow.shared.integrations;

/**
 * A failure that may pass by itself: HTTP 5xx, 408, a timeout or a refused connection. Workflows retry it with
 * exponential backoff and full jitter ({@code ErrorEquals:
 * ["dev.opsflow.shared.integrations.TransientIntegrationException"]}); every retry carries the same idempotency
 * key, so a write the API already did is not done twice.
 */
public class TransientIntegrationException extends IntegrationException {
  private static final long serialVersionUID = 1L;

  public TransientIntegrationException(String integration, String message) {
    super(integration, message, null);
  }

  public TransientIntegrationException(String integration, String message, Throwable cause) {
    super(integration, message, cause);
  }
}
