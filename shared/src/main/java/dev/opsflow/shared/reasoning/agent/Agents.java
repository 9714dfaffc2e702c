package dev.opsflow.shared.reasoning.agent;

import dev.opsflow.shared.config.ConfigSource;
import java.nio.file.Path;
import java.util.Objects;

/** The two agents the intake workflow uses, loaded together from one config source. */
public record Agents(AgentDefinition classifyExtract, AgentDefinition draftConfirmation) {
  /** Agent id of the classify-and-extract agent. */
  public static final String CLASSIFY_EXTRACT = "classify-extract";
  /** Agent id of the confirmation-drafting agent. */
  public static final String DRAFT_CONFIRMATION = "draft-confirmation";

  public Agents {
    Objects.requireNonNull(classifyExtract, "classifyExtract");
    Objects.requireNonNull(draftConfirmation, "draftConfirmation");
  }

  /** Loads both agents from {@code agents/} of the source. */
  public static Agents load(ConfigSource source) {
    return new Agents(AgentLoader.load(source, CLASSIFY_EXTRACT), AgentLoader.load(source, DRAFT_CONFIRMATION));
  }

  /** Loads both agents from {@code configDir/agents/}. */
  public static Agents load(Path configDir) {
    return load(ConfigSource.directory(configDir));
  }
}
