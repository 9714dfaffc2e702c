package dev.opsflow.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What to measure: {@code workflows} per configuration after {@code warmup} unmeasured ones per system, at each
 * client {@code concurrency}, with each opsflow {@code workers} count, for the chosen {@code systems}; both systems
 * get a connection pool of {@code poolSize} (DBOS's built-in size is 10). {@code dataDirectory} null means a
 * fresh temporary directory, deleted afterwards.
 */
record BenchOptions(
    int workflows, int warmup, List<Integer> concurrency, List<Integer> workers, Set<String> systems, int poolSize, Path dataDirectory) {
  static final String USAGE = """
      Usage: DurableBench [--workflows N] [--warmup N] [--concurrency 1,4,16] [--workers 2,4,8]
                          [--systems opsflow,dbos] [--pool 10] [--data-dir DIR]
      """;

  BenchOptions {
    if (workflows < 1 || warmup < 0 || poolSize < 1) {
      throw new IllegalArgumentException("--workflows and --pool must be positive, --warmup not negative\n" + USAGE);
    }
    if (concurrency.isEmpty() || workers.isEmpty() || concurrency.contains(0) || workers.contains(0)) {
      throw new IllegalArgumentException("--concurrency and --workers need positive numbers\n" + USAGE);
    }
    if (systems.isEmpty() || !Set.of("opsflow", "dbos").containsAll(systems)) {
      throw new IllegalArgumentException("--systems takes opsflow and/or dbos\n" + USAGE);
    }
  }

  static BenchOptions parse(String[] args) {
    int workflows = 500;
    int warmup = 200;
    List<Integer> concurrency = List.of(1, 4, 16);
    List<Integer> workers = List.of(2, 4, 8);
    Set<String> systems = Set.of("opsflow", "dbos");
    int poolSize = 10;
    Path dataDirectory = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + args[i] + "\n" + USAGE);
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--workflows" -> workflows = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--concurrency" -> concurrency = numbers(value);
        case "--workers" -> workers = numbers(value);
        case "--systems" -> systems = Set.of(value.split(","));
        case "--pool" -> poolSize = Integer.parseInt(value);
        case "--data-dir" -> dataDirectory = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
      }
    }
    return new BenchOptions(workflows, warmup, concurrency, workers, systems, poolSize, dataDirectory);
  }

  private static List<Integer> numbers(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }
}
