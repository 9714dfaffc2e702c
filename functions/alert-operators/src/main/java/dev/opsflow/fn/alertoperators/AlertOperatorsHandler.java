package dev.opsflow.fn.alertoperators;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.operations.OperatorAlerts;
import java.util.Map;

/**
 * Raises the alert for a workflow failure no retry can fix: records it once per failure ({@code operator_alerts}),
 * logs it at ERROR and emails the operators ({@code OPSFLOW_OPERATOR_EMAILS}). Shared by every workflow's failure
 * path.
 */
public final class AlertOperatorsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final OperatorAlerts alerts;

  public AlertOperatorsHandler() {
    this(System.getenv());
  }

  public AlertOperatorsHandler(Map<String, String> env) {
    this(OperatorAlerts.fromEnvironment(env));
  }

  public AlertOperatorsHandler(OperatorAlerts alerts) {
    this.alerts = alerts;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    AlertOperatorsInput input = Json.MAPPER.convertValue(event, AlertOperatorsInput.class);
    OperatorAlerts.Recorded recorded = alerts.raise(input.step().idempotencyKey(), input.step().executionId(), input.failure());
    return Json.MAPPER.convertValue(new AlertOperatorsOutput(recorded.alert().id(), recorded.created()), MAP);
  }
}
