package dev.opsflow.fn.createasanaproject;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.onboarding.AsanaProjectSetup;
import java.util.Map;

/**
 * Makes sure the client has its Asana onboarding project. Input {@code {"step": {...}, "contract": {...}}}; output
 * {@code {"project_gid": "...", "project_url": "...", "created": true}}.
 * Every call to the API goes through the ledger, with this integration's secret only.
 */
public final class CreateAsanaProjectHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final AsanaProjectSetup setup;

  public CreateAsanaProjectHandler() {
    this(System.getenv());
  }

  public CreateAsanaProjectHandler(Map<String, String> env) {
    this(AsanaProjectSetup.fromEnvironment(env));
  }

  public CreateAsanaProjectHandler(AsanaProjectSetup setup) {
    this.setup = setup;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    // Maps, not records, cross the runtime boundary: AWS's Java runtime ignores our Jackson annotations.
    CreateAsanaProjectInput input = Json.MAPPER.convertValue(event, CreateAsanaProjectInput.class);
    AsanaProjectSetup.Result result = setup.ensure(input.step(), input.contract());
    return Json.MAPPER.convertValue(new CreateAsanaProjectOutput(result.projectGid(), result.projectUrl(), result.created()), MAP);
  }
}
