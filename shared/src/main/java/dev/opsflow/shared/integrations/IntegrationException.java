package dev.opsflow.shared.integrations;

/**
 * A third-party call did not do what was asked. The subclass says what the workflow should do about it, and its
 * fully-qualified name is the error ASL Retry and Catch match ({@link TransientIntegrationException}: retry with
 * backoff; {@link RateLimitedException}: wait as long as the API asked; {@link PermanentIntegrationException}:
 * stop and alert). Messages name the integration, the HTTP status and the API's error code, never a secret.
 */
public abstract class IntegrationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String integration;

  protected IntegrationException(String integration, String message, Throwable cause) {
    super(message, cause);
    this.integration = integration;
  }

  /** Which integration failed ({@code stripe}, {@code asana}, {@code slack}, {@code drive} ...). */
  public String integration() {
    return integration;
  }
}
