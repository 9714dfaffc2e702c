package dev.opsflow.shared.onboarding;

import dev.opsflow.shared.integrations.drive.DriveClient;
import dev.opsflow.shared.integrations.drive.DriveFolder;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure a premium client has its shared Google Drive folder: Drive has no idempotency key, so the folder
 * carries the contract id in its {@code appProperties} and is looked up by it before one is created.
 */
public final class DriveFolderSetup {
  /** The appProperties key that ties a folder to its contract. */
  public static final String CONTRACT_PROPERTY = "opsflow_contract_id";

  /** What the step did: the folder and whether this call created it. */
  public record Result(String folderId, String folderUrl, boolean created) {}

  private final DriveClient drive;
  private final String parentFolder;

  public DriveFolderSetup(DriveClient drive, String parentFolder) {
    this.drive = drive;
    this.parentFolder = parentFolder;
  }

  /** {@code OPSFLOW_DRIVE_PARENT_FOLDER}: the folder (or shared drive) client folders go in; unset: My Drive's root. */
  public static DriveFolderSetup fromEnvironment(Map<String, String> env) {
    return new DriveFolderSetup(DriveClient.fromEnvironment(env), env.get("OPSFLOW_DRIVE_PARENT_FOLDER"));
  }

  public Result ensure(OnboardingStep step, Contract contract) {
    Optional<DriveFolder> existing = drive.findFolder(step.executionId(), CONTRACT_PROPERTY, contract.id());
    if (existing.isPresent()) {
      return new Result(existing.get().id(), existing.get().webViewLink(), false);
    }
    DriveFolder created =
        drive.createFolder(
            step.executionId(), contract.client().company() + " (" + contract.id() + ")", parentFolder,
            Map.of(CONTRACT_PROPERTY, contract.id()));
    return new Result(created.id(), created.webViewLink(), true);
  }
}
