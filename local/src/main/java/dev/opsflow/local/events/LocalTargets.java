package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.api.ExecutionShapes.StartExecutionRequest;
import dev.opsflow.local.api.SfnApiException;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.invoke.LambdaFunction;
import dev.opsflow.local.invoke.LambdaFunctionError;
import dev.opsflow.local.invoke.LambdaInvocation;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.local.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The targets of {@code opsflow local}: state machines (StartExecution on the local engine) and Lambda functions
 * (the in-process handlers), delivered as EventBridge delivers them.
 *
 * <p>A state machine target starts an execution <em>without</em> a name from the event: EventBridge's Target has
 * no execution-name parameter, so Step Functions generates one. Locally the generated name is a UUID derived
 * from the delivery key, so the bus's own redeliveries (a crash between StartExecution and recording it) start
 * nothing new; a publisher that retries PutEvents makes a new event, and so a new execution, as in AWS. Where one
 * execution per business message is needed, the name must come from that message: see events/README.md.
 *
 * <p>A Lambda target is invoked asynchronously in AWS: EventBridge's delivery ends when Lambda accepts the
 * event, and Lambda retries a function error twice. Locally the handler runs in the worker; a function error is
 * retried at most {@link BusSettings#lambdaFunctionErrorRetries()} times and then dead-lettered (AWS would send it
 * to the function's own on-failure destination).
 */
public final class LocalTargets implements TargetInvoker {
  private static final Set<String> RETRYABLE_SFN_ERRORS = Set.of("ThrottlingException", "InternalFailure", "ServiceUnavailable");

  private final StepFunctionsService stepFunctions;
  private final LambdaRegistry lambdas;
  private final int functionErrorRetries;

  public LocalTargets(StepFunctionsService stepFunctions, LambdaRegistry lambdas, int functionErrorRetries) {
    this.stepFunctions = stepFunctions;
    this.lambdas = lambdas;
    this.functionErrorRetries = functionErrorRetries;
  }

  @Override
  public DeliveryOutcome deliver(String targetArn, String input, String deliveryKey) {
    String[] arn = targetArn.split(":", -1);
    return switch (arn.length > 2 ? arn[2] : "") {
      case "states" -> startExecution(targetArn, input, deliveryKey);
      case "lambda" -> invoke(targetArn, input, deliveryKey);
      default -> new DeliveryOutcome.Reject("UnsupportedTarget", "The local bus delivers to state machines and Lambda functions, not " + targetArn);
    };
  }

  /** The execution name the bus gives a delivery: stable across its attempts, unique per event, rule and target. */
  static String executionName(String deliveryKey) {
    return UUID.nameUUIDFromBytes(deliveryKey.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private DeliveryOutcome startExecution(String machineArn, String input, String deliveryKey) {
    if (TargetInputs.parseJson(input).isEmpty()) {
      return new DeliveryOutcome.Reject("InvalidExecutionInput", "Invalid State Machine Execution Input: the target input is not JSON: " + abbreviate(input));
    }
    try {
      return new DeliveryOutcome.Delivered(
          stepFunctions.startExecution(new StartExecutionRequest(machineArn, executionName(deliveryKey), input, null)).executionArn());
    } catch (SfnApiException e) {
      if (e.type().equals("ExecutionAlreadyExists")) {
        // Our name is per delivery: an execution of that name was started by an earlier attempt of this delivery.
        return new DeliveryOutcome.Delivered("already started: " + e.getMessage());
      }
      return RETRYABLE_SFN_ERRORS.contains(e.type())
          ? new DeliveryOutcome.Retry(e.type(), e.getMessage(), null)
          : new DeliveryOutcome.Reject(e.type(), e.getMessage());
    } catch (StoreException e) {
      return new DeliveryOutcome.Retry("InternalFailure", e.getMessage(), null);
    }
  }

  private DeliveryOutcome invoke(String functionArn, String input, String deliveryKey) {
    Optional<LambdaFunction> function = lambdas.find(functionArn);
    if (function.isEmpty()) {
      return new DeliveryOutcome.Reject("ResourceNotFoundException", "Function not found: " + functionArn);
    }
    Optional<JsonNode> payload = TargetInputs.parseJson(input);
    if (payload.isEmpty()) {
      return new DeliveryOutcome.Reject("InvalidRequestContentException", "Could not parse request body into json: " + abbreviate(input));
    }
    String requestId = UUID.randomUUID().toString();
    try {
      function.get().invoke(payload.get(), new LambdaInvocation(functionArn, requestId, deliveryKey));
      return new DeliveryOutcome.Delivered(requestId);
    } catch (LambdaFunctionError e) {
      String message = e.errorObject() == null ? e.payloadText() : e.errorObject().path("errorMessage").asText(e.payloadText());
      return new DeliveryOutcome.Retry(e.errorType(), message, functionErrorRetries);
    } catch (RuntimeException e) {
      // An in-process function that throws instead of reporting a LambdaFunctionError: still a function error.
      return new DeliveryOutcome.Retry(e.getClass().getName(), String.valueOf(e.getMessage()), functionErrorRetries);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
