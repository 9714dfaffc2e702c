package dev.opsflow.webapp.bench;

import dev.opsflow.db.TestPostgres;
import dev.opsflow.local.api.StepFunctionsHttpApi;
import dev.opsflow.local.api.StepFunctionsService;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.webapp.Dashboard;
import dev.opsflow.webapp.IntakeWorkflow;
import dev.opsflow.webapp.SfnClients;
import dev.opsflow.webapp.auth.Role;
import dev.opsflow.webapp.auth.UserStore;
import dev.opsflow.webapp.web.WebSettings;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * {@code scripts/bench-dashboard}: 10,000 requests (with revisions, AI calls, audit events, notifications) in the
 * embedded PostgreSQL, the dashboard on loopback, one signed-in client; measures the request list under each
 * filter and the request page over HTTP, sequentially (one user: latency, not throughput), and prints p50, p95
 * and p99. The request page also asks the engine's Step Functions API for the execution (the seeded requests
 * have none, so that is one DescribeExecution round trip answered "does not exist").
 */
public final class DashboardBench {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private DashboardBench() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    DataSource dataSource = TestPostgres.dataSource();
    long seedStart = System.nanoTime();
    DashboardSeed.fill(dataSource, count);
    System.out.printf("seeded %d requests in %.1f s%n", count, (System.nanoTime() - seedStart) / 1e9);
    new UserStore(dataSource, Clock.systemUTC()).create("bench@example.com", "bench", Role.ADMIN, "bench password 123".toCharArray());

    LambdaRegistry lambdas = new LambdaRegistry();
    LocalEngine engine = LocalEngine.inMemory(EngineClock.system(), lambdas);
    try (StepFunctionsHttpApi api = new StepFunctionsHttpApi(new StepFunctionsService(engine, lambdas)).start(0);
        SfnClient sfn = SfnClients.create(api.endpoint(), "us-east-1")) {
      IntakeWorkflow.deploy(engine, lambdas, Map.of("OPSFLOW_CONFIG_DIR", IntakeWorkflow.REPO.resolve("config").toString()));
      try (Dashboard dashboard = Dashboard.start(dataSource, sfn,
          WebSettings.from(Map.of("OPSFLOW_CONFIG_DIR", "../config"), "127.0.0.1").withPort(0), Clock.systemUTC());
          HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build()) {
        String base = dashboard.uri().toString();
        login(http, base);
        Random random = new Random(42);
        List<String> nextPages = pageLinks(http, base, 10);
        Map<String, IntFunction<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("list, no filter", i -> "/requests");
        cases.put("list, status=needs_review", i -> "/requests?status=needs_review");
        cases.put("list, channel=sms + dates", i -> "/requests?channel=sms&from=" + java.time.LocalDate.now().minusDays(20) + "&to="
            + java.time.LocalDate.now().minusDays(10));
        cases.put("list, text search", i -> "/requests?q=" + enc((new String[] {"ann", "park", "oak st", "novak 12"})[i % 4]));
        cases.put("list, phone", i -> "/requests?phone=" + enc("+1555" + String.format("%07d", 1000000 + 1 + random.nextInt(count))));
        cases.put("list, keyset pages 2-10", i -> nextPages.get(i % nextPages.size()));
        cases.put("request detail", i -> "/requests/req-bench-" + (1 + random.nextInt(count)));
        System.out.printf("%-28s %8s %8s %8s %8s%n", "page", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Map.Entry<String, IntFunction<String>> c : cases.entrySet()) {
          for (int i = 0; i < 50; i++) {
            get(http, base + c.getValue().apply(i));
          }
          double[] millis = new double[samples];
          for (int i = 0; i < samples; i++) {
            String url = base + c.getValue().apply(i);
            long start = System.nanoTime();
            get(http, url);
            millis[i] = (System.nanoTime() - start) / 1e6;
          }
          Arrays.sort(millis);
          System.out.printf("%-28s %8.1f %8.1f %8.1f %8.1f%n", c.getKey(), pct(millis, 50), pct(millis, 95), pct(millis, 99), millis[samples - 1]);
        }
      }
    }
    System.exit(0);
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> pageLinks(HttpClient http, String base, int pages) throws IOException, InterruptedException {
    List<String> links = new ArrayList<>();
    String path = "/requests";
    Pattern next = Pattern.compile("href=\"(/requests\\?after=[^\"]+)\" rel=\"next\"");
    for (int i = 0; i < pages; i++) {
      Matcher matcher = next.matcher(get(http, base + path));
      if (!matcher.find()) {
        break;
      }
      path = matcher.group(1).replace("&amp;", "&");
      links.add(path);
    }
    return links;
  }

  private static void login(HttpClient http, String base) throws IOException, InterruptedException {
    Matcher matcher = CSRF.matcher(get(http, base + "/login"));
    matcher.find();
    String form = "_csrf=" + enc(matcher.group(1)) + "&email=bench%40example.com&password=" + enc("bench password 123");
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 303) {
      throw new IllegalStateException("Login failed: " + response.statusCode());
    }
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }
}
