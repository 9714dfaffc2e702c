package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opsflow events dead-letters list|replay ID}: the operator's view of the local bus's dead letters, through
 * the running node's EventBridge API ({@code OpsflowLocal.ListDeadLetters}, {@code OpsflowLocal.ReplayDeadLetter}),
 * so it works while {@code opsflow local} holds the database.
 */
@Command(name = "events", description = "Inspect the local event bus.", subcommands = {EventsCommand.DeadLettersCommand.class})
public final class EventsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the node's EventBridge API is. */
  static final class Endpoint {
    @Option(
        names = "--endpoint",
        defaultValue = "http://localhost:${env:OPSFLOW_EVENTS_PORT:-8084}",
        description = "The node's EventBridge API (default http://localhost:$OPSFLOW_EVENTS_PORT, port 8084).")
    URI uri;

    JsonNode call(String operation, ObjectNode body) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/x-amz-json-1.1")
          .header("X-Amz-Target", EventsOperations.OPSFLOW_PREFIX + operation)
          .POST(HttpRequest.BodyPublishers.ofString(EventsJson.MAPPER.writeValueAsString(body)))
          .build();
      HttpClient client = HttpClient.newHttpClient();
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = EventsJson.MAPPER.readTree(response.body());
        if (response.statusCode() != 200) {
          throw new IOException(answer.path("__type").asText() + ": " + answer.path("message").asText());
        }
        return answer;
      } catch (ConnectException e) {
        throw new IOException("No event bus answers at " + uri + " (is `opsflow local` running?)", e);
      } finally {
        // Not close(): it waits for the idle keep-alive connection to time out; one call per command needs none.
        client.shutdownNow();
      }
    }
  }

  @Command(name = "dead-letters", description = "List or replay events the bus could not deliver.", subcommands = {ListDeadLetters.class, ReplayDeadLetter.class})
  static final class DeadLettersCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(name = "list", description = "Lists dead letters, newest first: id, when, reason, rule/target, error, event.")
  static final class ListDeadLetters implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Endpoint endpoint;

    @Option(names = "--all", description = "Include letters already replayed.")
    boolean all;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default 100).")
    int limit;

    @Override
    public Integer call() throws IOException, InterruptedException {
      ObjectNode body = EventsJson.MAPPER.createObjectNode().put("IncludeReplayed", all).put("Limit", limit);
      PrintWriter out = spec.commandLine().getOut();
      JsonNode letters = endpoint.call("ListDeadLetters", body).path("DeadLetters");
      if (letters.isEmpty()) {
        out.println("No dead letters.");
      }
      for (JsonNode d : letters) {
        String where = d.hasNonNull("RuleName") ? d.path("RuleName").asText() + "/" + d.path("TargetId").asText() : "(no rule)";
        String replayed = d.hasNonNull("ReplayedAt") ? "  [replayed " + instant(d.get("ReplayedAt")) + "]" : "";
        out.printf("%d  %s  %s  %s  %s: %s%s%n", d.path("Id").asLong(), instant(d.get("DeadAt")), d.path("Reason").asText(), where,
            d.path("ErrorCode").asText(), d.path("ErrorMessage").asText(), replayed);
        out.printf("    %s%n", EventsJson.MAPPER.writeValueAsString(d.path("Event")));
      }
      return 0;
    }
  }

  @Command(name = "replay", description = "Replays a dead letter: routes its event again (unmatched) or redelivers it to its target.")
  static final class ReplayDeadLetter implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Endpoint endpoint;

    @Parameters(index = "0", paramLabel = "ID", description = "The dead letter's id (see `list`).")
    long id;

    @Override
    public Integer call() throws IOException, InterruptedException {
      JsonNode answer = endpoint.call("ReplayDeadLetter", EventsJson.MAPPER.createObjectNode().put("Id", id));
      boolean replayed = answer.path("Replayed").asBoolean();
      (replayed ? spec.commandLine().getOut() : spec.commandLine().getErr()).println("Dead letter " + id + ": " + answer.path("Note").asText());
      return replayed ? 0 : 1;
    }
  }

  private static String instant(JsonNode epochSeconds) {
    if (epochSeconds == null || epochSeconds.isNull()) {
      return "-";
    }
    BigDecimal seconds = epochSeconds.decimalValue();
    return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue()).toString();
  }
}
