package dev.opsflow.shared.reasoning;

import dev.opsflow.shared.reasoning.agent.Agents;
import dev.opsflow.shared.reasoning.bedrock.BedrockReasoner;
import dev.opsflow.shared.reasoning.guard.GuardedReasoner;
import dev.opsflow.shared.reasoning.local.LocalReasoner;
import software.amazon.awssdk.regions.Region;

/**
 * Builds the reasoner a configuration names, always wrapped in the guards. The Bedrock SDK is an optional
 * dependency of shared: only a module that runs {@code bedrock} needs {@code bedrockruntime} and
 * {@code url-connection-client} on its classpath.
 */
public final class Reasoners {
  private Reasoners() {}

  /** The guarded reasoner for the configuration. */
  public static Reasoner from(ReasonerConfig config) {
    return GuardedReasoner.of(unguarded(config));
  }

  /** The bare reasoner (for evaluation, which applies and counts the guard itself). */
  public static Reasoner unguarded(ReasonerConfig config) {
    return switch (config.kind()) {
      case "bedrock" -> BedrockReasoner.create(
          Agents.load(config.config()), Region.of(config.bedrockRegion()), config.bedrockEndpoint());
      default -> LocalReasoner.fromConfig(config.config());
    };
  }
}
