package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.EngineWorkers;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * A local Step Functions endpoint for tests: an in-memory engine on the real clock, two background workers, the
 * HTTP API on a free port, and a real AWS SDK {@link SfnClient} pointed at it.
 */
final class LocalSfn implements AutoCloseable {
  static final String ROLE = "arn:aws:iam::111111111111:role/test";

  final LambdaRegistry lambdas = new LambdaRegistry();
  final LocalEngine engine = LocalEngine.inMemory(EngineClock.system(), lambdas);
  final EngineWorkers workers = new EngineWorkers(engine, 2);
  final StepFunctionsHttpApi api;
  final SfnClient sfn;
  private final HttpClient http = HttpClient.newHttpClient();

  LocalSfn() throws IOException {
    api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(0);
    sfn =
        SfnClient.builder()
            .endpointOverride(api.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            // StartSyncExecution's endpoint is "sync-" + host on AWS; a local endpoint has no such host name.
            .overrideConfiguration(c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
            .build();
  }

  String createMachine(String name, String definition) {
    return createMachine(name, definition, StateMachineType.STANDARD);
  }

  String createMachine(String name, String definition, StateMachineType type) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE).type(type)).stateMachineArn();
  }

  String start(String machineArn, String name, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machineArn).name(name).input(input)).executionArn();
  }

  DescribeExecutionResponse awaitEnd(String executionArn) {
    return await(
        () -> sfn.describeExecution(b -> b.executionArn(executionArn)),
        d -> !d.statusAsString().equals("RUNNING"));
  }

  /** Polls {@code read} until {@code done} holds (at most ten seconds). */
  static <T> T await(Supplier<T> read, Predicate<T> done) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (true) {
      T value = read.get();
      if (done.test(value) || Instant.now().isAfter(deadline)) {
        return value;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return value;
      }
    }
  }

  /** A raw JSON 1.0 call, for the opsflow extensions and protocol checks the SDK cannot make. */
  HttpResponse<String> call(String target, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(api.endpoint())
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", target)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode callJson(String target, String body) {
    return Json.parse(call(target, body).body());
  }

  @Override
  public void close() {
    sfn.close();
    api.close();
    workers.close();
    http.close();
  }
}
