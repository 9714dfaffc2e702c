package dev.opsflow.shared.integrations;

/**
 * A failure that retrying will not fix: HTTP 4xx (other than 408 and 429), a refused credential, a malformed
 * answer. Workflows catch it and alert the operators, who fix the cause and redrive the execution.
 */
public class PermanentIntegrationException extends IntegrationException {
  private static final long serialVersionUID = 1L;

  public PermanentIntegrationException(String integration, String message) {
    super(integration, message, null);
  }
}
