package dev.opsflow.fn.createdrivefolder;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.onboarding.DriveFolderSetup;
import java.util.Map;

/**
 * Makes sure a premium client has its shared Google Drive folder. Input {@code {"step": {...}, "contract": {...}}};
 * output {@code {"folder_id": "...", "folder_url": "...", "created": true}}.
 * Every call to the API goes through the ledger, with this integration's secret only.
 */
public final class CreateDriveFolderHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final DriveFolderSetup setup;

  public CreateDriveFolderHandler() {
    this(System.getenv());
  }

  public CreateDriveFolderHandler(Map<String, String> env) {
    this(DriveFolderSetup.fromEnvironment(env));
  }

  public CreateDriveFolderHandler(DriveFolderSetup setup) {
    this.setup = setup;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    // Maps, not records, cross the runtime boundary: AWS's Java runtime ignores our Jackson annotations.
    CreateDriveFolderInput input = Json.MAPPER.convertValue(event, CreateDriveFolderInput.class);
    DriveFolderSetup.Result result = setup.ensure(input.step(), input.contract());
    return Json.MAPPER.convertValue(new CreateDriveFolderOutput(result.folderId(), result.folderUrl(), result.created()), MAP);
  }
}
