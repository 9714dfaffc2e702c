package dev.opsflow.shared.secrets;

/**
 * Where integrations' credentials come from: the local secrets file or AWS Secrets Manager. Each step gets a
 * {@link ScopedSecrets} view that hands out its own integration's secret only.
 */
public interface SecretsPort {
  /** The secret of {@code integration}; throws {@link SecretNotFoundException} when there is none. */
  IntegrationSecret get(String integration);
}
