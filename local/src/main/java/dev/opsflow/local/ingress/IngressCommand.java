package dev.opsflow.local.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opsflow ingress list|replay}: the operator's view of recorded inbound messages through the running node's
 * operators' API ({@link IngressAdminApi}), so it works while {@code opsflow local} holds the database.
 */
@Command(name = "ingress", description = "Inspect and replay inbound messages.", subcommands = {IngressCommand.ListCommand.class, IngressCommand.ReplayCommand.class})
public final class IngressCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the node's operators' API is. */
  static final class Endpoint {
    @Option(
        names = "--endpoint",
        defaultValue = "http://localhost:${env:OPSFLOW_INGRESS_ADMIN_PORT:-8085}",
        description = "The node's ingress operators' API (default http://localhost:$OPSFLOW_INGRESS_ADMIN_PORT, port 8085).")
    URI uri;

    JsonNode call(String method, String path) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30))
          .method(method, HttpRequest.BodyPublishers.noBody()).build();
      try (HttpClient client = HttpClient.newHttpClient()) {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = Json.parse(response.body());
        if (response.statusCode() != 200) {
          throw new IOException(answer.path("error").asText(response.body()));
        }
        return answer;
      } catch (ConnectException e) {
        throw new IOException("No ingress answers at " + uri + " (is `opsflow local` running?)", e);
      }
    }
  }

  @Command(name = "list", description = "List recorded inbound messages, newest first.")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Endpoint endpoint;

    @Option(names = "--status", description = "pending, processed or failed.")
    String status;

    @Option(names = "--channel", description = "sms, voicemail, email, web or webhook.")
    String channel;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default 50).")
    int limit;

    @Override
    public Integer call() throws IOException, InterruptedException {
      StringBuilder path = new StringBuilder("/inbound?limit=" + limit);
      if (status != null) {
        path.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
      }
      if (channel != null) {
        path.append("&channel=").append(URLEncoder.encode(channel, StandardCharsets.UTF_8));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-8s %-10s %-9s %-24s %-40s %s%n", "ID", "STATUS", "CHANNEL", "RECEIVED", "EXECUTION NAME", "ERROR");
      for (JsonNode m : endpoint.call("GET", path.toString()).path("messages")) {
        out.printf("%-8d %-10s %-9s %-24s %-40s %s%n", m.path("id").asLong(), m.path("status").asText(), m.path("channel").asText(),
            m.path("received_at").asText(), m.path("execution_name").asText(), m.path("error").asText(""));
      }
      return 0;
    }
  }

  @Command(name = "replay", description = "Put failed inbound messages back in the queue.")
  static final class ReplayCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Endpoint endpoint;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of failed messages (see `opsflow ingress list --status failed`).")
    List<Long> ids;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      int notReplayed = 0;
      for (long id : ids) {
        boolean replayed = endpoint.call("POST", "/inbound/" + id + "/replay").path("replayed").asBoolean();
        out.println(id + (replayed ? " replayed" : " not replayed (no failed message with that id)"));
        notReplayed += replayed ? 0 : 1;
      }
      return notReplayed == 0 ? 0 : 1;
    }
  }
}
