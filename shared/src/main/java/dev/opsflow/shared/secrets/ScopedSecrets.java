package dev.opsflow.shared.secrets;

import java.util.Set;

/**
 * A step's view of the secrets: only the integrations it was given. Asking for another one throws {@link
 * SecretScopeException} before the underlying store is touched.
 */
public final class ScopedSecrets implements SecretsPort {
  private final SecretsPort delegate;
  private final Set<String> allowed;

  private ScopedSecrets(SecretsPort delegate, Set<String> allowed) {
    this.delegate = delegate;
    this.allowed = Set.copyOf(allowed);
  }

  /** {@code delegate} restricted to {@code integrations}. */
  public static ScopedSecrets of(SecretsPort delegate, String... integrations) {
    return new ScopedSecrets(delegate, Set.of(integrations));
  }

  @Override
  public IntegrationSecret get(String integration) {
    if (!allowed.contains(integration)) {
      throw new SecretScopeException("This step may use the secrets of " + allowed + " only, not of " + integration);
    }
    return delegate.get(integration);
  }
}
