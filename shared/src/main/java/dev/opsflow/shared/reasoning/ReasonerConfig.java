package dev.opsflow.shared.reasoning;

import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.ConfigSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which reasoner to run and where its configuration lives. {@code kind} is {@code local} (default: rules, no
 * model) or {@code bedrock}; agents and triage cues are read from {@code config}; Bedrock calls go to
 * {@code bedrockRegion}, or to {@code bedrockEndpoint} when set (a VPC endpoint or a test server).
 *
 * <p>Environment ({@link #from(Map)}): {@code OPSFLOW_REASONER}, the config location as
 * {@link ConfigLoader#sourceFrom} reads it ({@code OPSFLOW_CONFIG_DIR}, else {@code ./config}, else the
 * classpath), {@code OPSFLOW_BEDROCK_REGION} (else {@code AWS_REGION}), {@code OPSFLOW_BEDROCK_ENDPOINT}.
 */
public record ReasonerConfig(String kind, ConfigSource config, String bedrockRegion, Optional<URI> bedrockEndpoint) {
  /** The reasoner kinds. */
  public static final Set<String> KINDS = Set.of("local", "bedrock");

  public ReasonerConfig {
    Objects.requireNonNull(kind, "kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("reasoner kind must be one of " + KINDS + ", was '" + kind + "'");
    }
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(bedrockRegion, "bedrockRegion");
    Objects.requireNonNull(bedrockEndpoint, "bedrockEndpoint");
  }

  /** The local reasoner over {@code ./config}. */
  public static ReasonerConfig defaults() {
    return new ReasonerConfig("local", ConfigSource.directory(Path.of(ConfigLoader.DEFAULT_DIRECTORY)), "us-east-1",
        Optional.empty());
  }

  /** Reads the settings from an environment map; absent variables keep the defaults. */
  public static ReasonerConfig from(Map<String, String> env) {
    ReasonerConfig defaults = defaults();
    String region = env.getOrDefault("OPSFLOW_BEDROCK_REGION", env.getOrDefault("AWS_REGION", defaults.bedrockRegion()));
    return new ReasonerConfig(
        env.getOrDefault("OPSFLOW_REASONER", defaults.kind()),
        ConfigLoader.sourceFrom(env),
        region,
        Optional.ofNullable(env.get("OPSFLOW_BEDROCK_ENDPOINT")).filter(s -> !s.isBlank()).map(URI::create));
  }

  public ReasonerConfig withKind(String newKind) {
    return new ReasonerConfig(newKind, config, bedrockRegion, bedrockEndpoint);
  }

  public ReasonerConfig withConfigDir(Path dir) {
    return new ReasonerConfig(kind, ConfigSource.directory(dir), bedrockRegion, bedrockEndpoint);
  }

  public ReasonerConfig withBedrock(String region, Optional<URI> endpoint) {
    return new ReasonerConfig(kind, config, region, endpoint);
  }
}
