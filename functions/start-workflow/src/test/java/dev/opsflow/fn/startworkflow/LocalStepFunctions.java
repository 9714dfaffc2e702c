package dev.opsflow.fn.startworkflow;

import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/**
 * The node's Step Functions API for a test: an in-memory engine on the real clock with two workers, its HTTP API
 * on a free port, and a real AWS SDK {@link SfnClient} pointed at it (as {@code opsflow local} serves it).
 */
final class LocalStepFunctions implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::111111111111:role/test";

  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(EngineClock.system(), lambdas);
  final EngineWorkers workers = new EngineWorkers(engine, 2);
  final StepFunctionsHttpApi api;
  final SfnClient sfn;

  LocalStepFunctions() throws IOException {
    api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(0);
    sfn = client(api.endpoint());
  }

  static SfnClient client(URI endpoint) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  String createMachine(String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE)).stateMachineArn();
  }

  List<ExecutionListItem> executions(String machineArn) {
    return sfn.listExecutions(b -> b.stateMachineArn(machineArn)).executions();
  }

  String input(String executionArn) {
    return sfn.describeExecution(b -> b.executionArn(executionArn)).input();
  }

  /** Polls {@code condition} every 20 ms, for at most ten seconds. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    sfn.close();
    api.close();
    workers.close();
  }
}
