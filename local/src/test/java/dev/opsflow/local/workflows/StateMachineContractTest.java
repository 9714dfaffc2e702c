package dev.opsflow.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every workflow in statemachines/ keeps the contract; and each check is shown to catch a broken file. */
class StateMachineContractTest {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Set<String> RESOURCES = Set.of("attachments_bucket_name", "events_bus_name", "alerts_topic_arn");

  static Stream<Path> workflows() throws IOException {
    Path dir = REPO.resolve("statemachines");
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    return Files.list(dir).filter(p -> p.toString().endsWith(".asl.json")).sorted().toList().stream();
  }

  @ParameterizedTest(allowZeroInvocations = true) // statemachines/ fills as the workflows land
  @MethodSource("workflows")
  void workflow_keepsTheContract(Path file) throws IOException {
    StateMachineContract contract =
        new StateMachineContract(FunctionManifest.read(REPO.resolve("functions/manifest.json")), REPO.resolve("functions"), RESOURCES);
    assertThat(contract.violations(Files.readString(file))).as(file.toString()).isEmpty();
  }

  @Test
  void manifest_everyEntryHasItsModule() throws IOException {
    FunctionManifest manifest = FunctionManifest.read(REPO.resolve("functions/manifest.json"));
    for (FunctionManifest.Entry f : manifest.functions()) {
      assertThat(REPO.resolve("functions").resolve(f.name())).as("module of " + f.name()).isDirectory();
    }
  }

  @Test
  void brokenFiles_eachCheckReportsItsProblem(@TempDir Path functions) throws IOException {
    // GIVEN a manifest with one function whose module exists, and one whose module is missing
    Files.createDirectories(functions.resolve("score-request"));
    FunctionManifest manifest =
        new FunctionManifest(
            List.of(
                new FunctionManifest.Entry("score-request", "x.ScoreRequestHandler", 512, 30),
                new FunctionManifest.Entry("send-reply", "x.SendReplyHandler", 512, 30)));
    StateMachineContract contract = new StateMachineContract(manifest, functions, RESOURCES);
    String good =
        """
        {"StartAt": "Score", "States": {
          "Score": {"Type": "Task", "Resource": "${score_request_function_arn}",
                    "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "java.lang.IllegalStateException"]}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "End": true},
          "Failed": {"Type": "Fail", "Error": "ScoreFailed"}}}
        """;
    // THEN a good file passes and each deliberate break is reported
    assertThat(contract.violations(good)).isEmpty();
    assertThat(contract.violations("{not json")).singleElement().asString().startsWith("not valid JSON");
    assertThat(contract.violations(good.replace("score_request", "send_reply")))
        .containsExactly("placeholder ${send_reply_function_arn} has no module functions/send-reply");
    assertThat(contract.violations(good.replace("score_request", "extract_fields")))
        .contains("placeholder ${extract_fields_function_arn} has no entry in functions/manifest.json");
    assertThat(contract.violations(good.replace("${score_request_function_arn}", "${Bad-Name}")))
        .contains("placeholder ${Bad-Name} does not follow the snake_case grammar");
    assertThat(contract.violations(good.replace("${score_request_function_arn}", "${mystery_table_name}")))
        .contains("placeholder ${mystery_table_name} is not a known resource");
    assertThat(contract.violations(good.replace("java.lang.IllegalStateException", "com.example.NoSuchError")))
        .anyMatch(p -> p.contains("com.example.NoSuchError"));
    assertThat(contract.violations(good.replace("\"Next\": \"Failed\"", "\"Next\": \"Score\"")))
        .contains("state /States/Failed is unreachable");
  }
}
