package dev.opsflow.bench.ingress;

import java.net.URI;

/**
 * The burst: {@code requests} webhooks in total, of which {@code duplicatePercent}% re-send an already delivered
 * event and {@code badPercent}% carry a wrong signature, over {@code entities} entities whose events each carry a
 * sequence number, sent by {@code concurrency} client threads (each entity's events by one thread, in order, as a
 * CRM sends one record's updates). {@code url} is the node's ingress, {@code dbUrl} its database (to verify).
 */
record IngressBenchOptions(
    URI url, String dbUrl, String source, String secret, int requests, int duplicatePercent, int badPercent, int entities, int concurrency,
    int drainTimeoutSeconds) {
  static final String USAGE = """
      Usage: IngressBench --url http://127.0.0.1:8081 --db-url JDBC_URL --secret S [--source bench] [--requests 10000]
                          [--duplicates 10] [--bad 1] [--entities 200] [--concurrency 64] [--drain-timeout 600]
      """;

  static IngressBenchOptions parse(String[] args) {
    URI url = null;
    String dbUrl = null;
    String secret = null;
    String source = "bench";
    int requests = 10_000;
    int duplicates = 10;
    int bad = 1;
    int entities = 200;
    int concurrency = 64;
    int drainTimeout = 600;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + args[i] + "\n" + USAGE);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = URI.create(value);
        case "--db-url" -> dbUrl = value;
        case "--secret" -> secret = value;
        case "--source" -> source = value;
        case "--requests" -> requests = Integer.parseInt(value);
        case "--duplicates" -> duplicates = Integer.parseInt(value);
        case "--bad" -> bad = Integer.parseInt(value);
        case "--entities" -> entities = Integer.parseInt(value);
        case "--concurrency" -> concurrency = Integer.parseInt(value);
        case "--drain-timeout" -> drainTimeout = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
      }
    }
    if (url == null || dbUrl == null || secret == null) {
      throw new IllegalArgumentException("--url, --db-url and --secret are required\n" + USAGE);
    }
    return new IngressBenchOptions(url, dbUrl, source, secret, requests, duplicates, bad, entities, concurrency, drainTimeout);
  }
}
