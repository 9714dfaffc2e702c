package dev.opsflow.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.demo.IntakeSamples.Sample;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code opsflow local --demo}: sends the sample requests ({@link IntakeSamples}: one per channel, an incomplete
 * one, an urgent one, an emergency, a newsletter) to the intake workflow with StartExecution on the node's Step
 * Functions API, as ingress would, waits until each has ended or waits for staff, and prints where each stands.
 * Each run's requests are new deliveries (a run suffix on their ids), so the demo can be run again.
 */
public final class IntakeDemo {
  /** The intake state machine's local name. */
  public static final String MACHINE = "opsflow-service-intake";
  private static final DateTimeFormatter RUN = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

  private final LocalSfnCalls sfn;
  private final String machineArn;
  private final Duration patience;

  /** {@code machineArn}: the intake state machine's ARN on this node; {@code patience}: how long to wait for each. */
  public IntakeDemo(URI endpoint, String machineArn, Duration patience) {
    this.sfn = new LocalSfnCalls(endpoint);
    this.machineArn = machineArn;
    this.patience = patience;
  }

  /** Where one sample's execution stands after the demo waited for it. */
  public record Outcome(Sample sample, String executionArn, String status, String state) {
    String line() {
      String where = status.equals("RUNNING") ? "waiting for staff at " + state : status.toLowerCase(java.util.Locale.ROOT) + " at " + state;
      return String.format("  %-34s %-44s %s", sample.executionName(), where, sample.label());
    }
  }

  /** Starts every sample, waits, and prints one line per sample to {@code out}; returns the outcomes. */
  public List<Outcome> run(PrintStream out) throws IOException, InterruptedException {
    Instant now = Instant.now();
    List<Outcome> outcomes = new ArrayList<>();
    out.println("opsflow demo: sending " + IntakeSamples.all(now).size() + " sample requests to " + MACHINE);
    List<String> arns = new ArrayList<>();
    List<Sample> samples = IntakeSamples.all(now).stream().map(s -> s.renamed(RUN.format(now))).toList();
    for (Sample sample : samples) {
      ObjectNode start = Json.MAPPER.createObjectNode().put("stateMachineArn", machineArn)
          .put("name", sample.executionName()).put("input", Json.write(sample.input()));
      arns.add(sfn.call("AWSStepFunctions.StartExecution", start).path("executionArn").asText());
    }
    for (int i = 0; i < samples.size(); i++) {
      Outcome outcome = await(samples.get(i), arns.get(i));
      outcomes.add(outcome);
      out.println(outcome.line());
    }
    out.println("Answer the waiting ones in the dashboard, or: aws stepfunctions send-task-success --endpoint-url <api> ...");
    return outcomes;
  }

  private Outcome await(Sample sample, String arn) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      String status = sfn.call("AWSStepFunctions.DescribeExecution", Json.MAPPER.createObjectNode().put("executionArn", arn))
          .path("status").asText();
      JsonNode pending = status.equals("RUNNING") ? pendingTokens(arn) : Json.MAPPER.createArrayNode();
      if (!pending.isEmpty()) {
        return new Outcome(sample, arn, status, pending.get(0).path("stateName").asText());
      }
      if (!status.equals("RUNNING") || Instant.now().isAfter(deadline)) {
        return new Outcome(sample, arn, status, lastState(arn));
      }
      Thread.sleep(100);
    }
  }

  private JsonNode pendingTokens(String arn) throws IOException, InterruptedException {
    return sfn.call("OpsflowLocal.ListPendingTaskTokens", Json.MAPPER.createObjectNode().put("executionArn", arn)).path("taskTokens");
  }

  private String lastState(String arn) throws IOException, InterruptedException {
    ObjectNode request = Json.MAPPER.createObjectNode().put("executionArn", arn).put("reverseOrder", true).put("maxResults", 50);
    for (JsonNode event : sfn.call("AWSStepFunctions.GetExecutionHistory", request).path("events")) {
      if (event.path("type").asText().endsWith("StateEntered")) {
        return event.path("stateEnteredEventDetails").path("name").asText();
      }
    }
    return "(not started)";
  }
}
