package dev.opsflow.shared.onboarding;

import dev.opsflow.shared.integrations.asana.AsanaClient;
import dev.opsflow.shared.integrations.asana.AsanaProject;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure the client's onboarding project exists in Asana: Asana has no idempotency key, so the project's name
 * carries the contract id and is looked up in the workspace before one is created.
 */
public final class AsanaProjectSetup {
  /** What the step did: the project and whether this call created it. */
  public record Result(String projectGid, String projectUrl, boolean created) {}

  private final AsanaClient asana;
  private final String workspace;
  private final String team;

  public AsanaProjectSetup(AsanaClient asana, String workspace, String team) {
    this.asana = asana;
    this.workspace = workspace;
    this.team = team;
  }

  /** {@code OPSFLOW_ASANA_WORKSPACE} and, for an organization, {@code OPSFLOW_ASANA_TEAM}. */
  public static AsanaProjectSetup fromEnvironment(Map<String, String> env) {
    return new AsanaProjectSetup(AsanaClient.fromEnvironment(env), env.get("OPSFLOW_ASANA_WORKSPACE"), env.get("OPSFLOW_ASANA_TEAM"));
  }

  /** The project's name: the client and the contract id (the id makes the lookup exact). */
  public static String projectName(Contract contract) {
    return "Onboarding: " + contract.client().company() + " (" + contract.id() + ")";
  }

  public Result ensure(OnboardingStep step, Contract contract) {
    // Checked here, not at construction: `opsflow local` builds every handler at start, configured or not.
    if (workspace == null || workspace.isBlank()) {
      throw new IllegalStateException("OPSFLOW_ASANA_WORKSPACE (the Asana workspace gid) is not set");
    }
    String name = projectName(contract);
    Optional<AsanaProject> existing = asana.findByName(step.executionId(), workspace, name);
    if (existing.isPresent()) {
      return new Result(existing.get().gid(), existing.get().permalinkUrl(), false);
    }
    AsanaProject created =
        asana.create(
            step.executionId(), workspace, team, name,
            "Client onboarding for " + contract.client().company() + ", plan " + contract.plan() + ", contract " + contract.id() + ".");
    return new Result(created.gid(), created.permalinkUrl(), true);
  }
}
