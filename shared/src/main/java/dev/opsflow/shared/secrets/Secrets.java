package dev.opsflow.shared.secrets;

import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the secrets store from the environment: {@code OPSFLOW_SECRETS_FILE} (the local shape's JSON file) or,
 * when that is unset, AWS Secrets Manager under {@code OPSFLOW_SECRETS_PREFIX}; then scopes it to the
 * integrations a step may use. The store is opened on first use, so a step that is never run (an `opsflow local`
 * node without onboarding secrets) does not need it configured.
 */
public final class Secrets {
  static final String AWS_ADAPTER = "dev.opsflow.shared.secrets.AwsSecretsManagerSecrets";

  private Secrets() {}

  /** The secrets of {@code integrations} only, from the store the environment names. */
  public static SecretsPort scoped(Map<String, String> env, String... integrations) {
    return ScopedSecrets.of(new OnFirstUse(Map.copyOf(env)), integrations);
  }

  /** The store the environment names; throws {@link SecretNotFoundException} when it names none. */
  public static SecretsPort store(Map<String, String> env) {
    String file = env.get("OPSFLOW_SECRETS_FILE");
    if (file != null && !file.isBlank()) {
      return new FileSecrets(Path.of(file));
    }
    if (env.containsKey("OPSFLOW_SECRETS_PREFIX")) {
      return aws(env);
    }
    throw new SecretNotFoundException(
        "No secrets store configured: set OPSFLOW_SECRETS_FILE (local) or OPSFLOW_SECRETS_PREFIX (AWS Secrets Manager)");
  }

  /**
   * The Secrets Manager adapter, loaded by name: its SDK is an optional dependency of {@code shared}, so a
   * function that lacks it gets this error instead of a NoClassDefFoundError, and {@code shared} has no hard link
   * to the SDK.
   */
  private static SecretsPort aws(Map<String, String> env) {
    try {
      Class<?> adapter = Class.forName(AWS_ADAPTER);
      return (SecretsPort) adapter.getMethod("fromEnvironment", Map.class).invoke(null, env);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new SecretNotFoundException(
          "OPSFLOW_SECRETS_PREFIX is set but the Secrets Manager adapter cannot be loaded (does the function declare"
              + " software.amazon.awssdk:secretsmanager?): " + e.getClass().getSimpleName(), e);
    }
  }

  private static final class OnFirstUse implements SecretsPort {
    private final Map<String, String> env;
    private volatile SecretsPort store;

    OnFirstUse(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public IntegrationSecret get(String integration) {
      SecretsPort current = store;
      if (current == null) {
        synchronized (this) {
          if (store == null) {
            store = store(env);
          }
          current = store;
        }
      }
      return current.get(integration);
    }
  }
}
