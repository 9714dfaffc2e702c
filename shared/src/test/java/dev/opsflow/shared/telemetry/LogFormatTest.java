package dev.opsflow.shared.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** log4j2.xml as the node and the Lambdas use it, in a fresh JVM per format (the format is read at startup). */
class LogFormatTest {

  @Test
  void jsonFormat_givesOneJsonObjectPerLineWithTheStepFields() throws Exception {
    // GIVEN OPSFLOW_LOG_FORMAT=json
    // WHEN a step logs a line
    List<String> lines = run(Map.of("OPSFLOW_LOG_FORMAT", "json"));

    // THEN the line is JSON with level, logger, message and the step's three fields at the top level
    JsonNode line = Json.parse(lines.stream().filter(l -> l.contains("confirmation sent")).findFirst().orElseThrow());
    assertThat(line.path("level").asText()).isEqualTo("INFO");
    assertThat(line.path("logger").asText()).isEqualTo(LogLineMain.class.getName());
    assertThat(line.path("message").asText()).isEqualTo("confirmation sent to +15551234567");
    assertThat(line.path("execution_id").asText()).isEqualTo("arn:aws:states:us-east-1:111111111111:execution:m:e-1");
    assertThat(line.path("request_id").asText()).isEqualTo("req-9");
    assertThat(line.path("state_name").asText()).isEqualTo("SendConfirmation");
    assertThat(line.path("timestamp").asText()).endsWith("Z");
  }

  @Test
  void defaultFormat_isTextNamingTheStateAndExecution() throws Exception {
    // GIVEN no format set
    // WHEN a step logs a line
    List<String> lines = run(Map.of());

    // THEN it is a text line with the state and execution in brackets
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .contains("INFO")
        .contains("[SendConfirmation arn:aws:states:us-east-1:111111111111:execution:m:e-1]")
        .endsWith("confirmation sent to +15551234567"));
  }

  private static List<String> run(Map<String, String> env) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LogLineMain.class.getName())
        .redirectErrorStream(true);
    builder.environment().remove("OPSFLOW_LOG_FORMAT");
    builder.environment().remove("AWS_LAMBDA_FUNCTION_NAME");
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().toList();
  }
}
