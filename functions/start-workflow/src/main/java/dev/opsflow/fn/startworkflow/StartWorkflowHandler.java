package dev.opsflow.fn.startworkflow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.opsflow.shared.executions.InvalidWorkflowStartException;
import dev.opsflow.shared.executions.WorkflowStart;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The target of the rules that start workflows (events/rules): EventBridge cannot name the executions it starts,
 * so a rule sends {@code {"state_machine_arn", "execution_name", "input": {...}}} (its input transformer builds it
 * from the event) here, and this starts that execution by name ({@link WorkflowStarter}): one message, one
 * execution, whatever is delivered twice. Output {@code {"status": "started" | "already_exists",
 * "execution_name", "execution_arn"}}; a malformed request fails with {@link InvalidWorkflowStartException}.
 *
 * <p>A stream handler, so the input reaches StartExecution as it was written ({@code 2.50} stays {@code 2.50}; the
 * runtime's own conversion to a map would make it a double). Environment: {@code AWS_REGION}, and {@code
 * OPSFLOW_SFN_ENDPOINT} for a local Step Functions API ({@code opsflow local} installs its own instead).
 */
public final class StartWorkflowHandler implements RequestStreamHandler {
  private static final ObjectReader AS_WRITTEN = Json.MAPPER.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private final WorkflowStarter starter;

  public StartWorkflowHandler() {
    this(System.getenv());
  }

  public StartWorkflowHandler(Map<String, String> env) {
    this(WorkflowStarter.fromEnvironment(env));
  }

  StartWorkflowHandler(WorkflowStarter starter) {
    this.starter = starter;
  }

  @Override
  public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
    WorkflowStarter.Started started = starter.start(WorkflowStart.fromJson(read(in)));
    Json.MAPPER.writeValue(out, StartWorkflowOutput.of(started));
  }

  private static JsonNode read(InputStream in) throws IOException {
    try {
      return AS_WRITTEN.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidWorkflowStartException("The request is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
