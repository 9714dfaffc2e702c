package dev.opsflow.shared.aws;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Endpoint overrides for the AWS services the steps call, each known by the environment variable that sets it
 * ({@link #STEP_FUNCTIONS}). In a Lambda nothing is installed and the variable decides; unset, the SDK uses the
 * service's own regional endpoint. {@code opsflow local} runs every handler in its own process, where a variable
 * cannot be set per function, so it {@link #install}s its own endpoints, as it installs the database ({@code
 * AppDatabase.install}): an installed endpoint wins over the variable.
 */
public final class Endpoints {
  /** The Step Functions API: locally the node's ({@code http://localhost:8083}). */
  public static final String STEP_FUNCTIONS = "OPSFLOW_SFN_ENDPOINT";

  private static final Map<String, URI> INSTALLED = new ConcurrentHashMap<>();

  private Endpoints() {}

  /** Makes {@code endpoint} the one every handler of this process uses for the service {@code variable} names. */
  public static void install(String variable, URI endpoint) {
    INSTALLED.put(Objects.requireNonNull(variable, "variable"), Objects.requireNonNull(endpoint, "endpoint"));
  }

  /** The installed endpoint of {@code variable}'s service, else the variable's value in {@code env}; empty: AWS's own. */
  public static Optional<URI> of(String variable, Map<String, String> env) {
    URI installed = INSTALLED.get(variable);
    if (installed != null) {
      return Optional.of(installed);
    }
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(value.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + " must be a URL, not '" + value + "'", e);
    }
  }
}
