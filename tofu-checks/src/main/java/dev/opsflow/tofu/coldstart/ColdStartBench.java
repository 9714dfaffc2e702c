package dev.opsflow.tofu.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsflow.tofu.checks.ManifestFunction;
import dev.opsflow.tofu.checks.Repository;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For every manifest function: the size of its Lambda jar and the median cold start over N fresh JVMs started
 * with the flags of AWS's java21 runtime (see {@link #lambdaFlags}). Prints a Markdown table.
 * Usage: {@code ColdStartBench <repo root> <java executable> <runs> [function ...]}.
 */
public final class ColdStartBench {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One function's result: medians over the runs, and the error type of the invocation if it failed. */
  record Result(ManifestFunction function, long jarBytes, double jvmMs, double initMs, double invokeMs, double cpuMs, double wallMs, String error) {}

  private ColdStartBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    String java = args[1];
    int runs = Integer.parseInt(args[2]);
    List<String> only = List.of(args).subList(3, args.length);
    Path harness = Path.of(ColdStartHarness.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<Result> results = new ArrayList<>();
    for (ManifestFunction f : new Repository(root).manifest()) {
      if (only.isEmpty() || only.contains(f.name())) {
        results.add(measure(root, java, harness, f, runs));
      }
    }
    System.out.println(table(results, runs));
  }

  /**
   * The JVM flags of the managed java21 runtime: heap 85% of the function memory, serial GC, class data sharing,
   * C1 only (TieredStopAtLevel=1), as its bootstrap passes them.
   */
  static List<String> lambdaFlags(int memoryMb) {
    return List.of(
        "-XX:MaxHeapSize=" + (memoryMb * 1024L * 85 / 100) + "k",
        "-XX:+UseSerialGC",
        "-Xshare:auto",
        "-XX:+TieredCompilation",
        "-XX:TieredStopAtLevel=1",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "-Djava.net.preferIPv4Stack=true");
  }

  private static Result measure(Path root, String java, Path harness, ManifestFunction f, int runs) throws IOException, InterruptedException {
    Path jar = root.resolve("functions").resolve(f.name()).resolve("target").resolve("fn-" + f.name() + "-lambda.jar");
    if (!Files.exists(jar)) {
      return new Result(f, -1, 0, 0, 0, 0, 0, "no " + root.relativize(jar) + " (build with mvn package)");
    }
    Path event = sampleEvent(root, f);
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(lambdaFlags(f.memoryMb()));
    int launchedAt = command.size();
    command.addAll(List.of("-cp", jar + File.pathSeparator + harness, ColdStartHarness.class.getName(), f.handler()));
    if (event != null) {
      command.add(event.toString());
    }
    double[] jvm = new double[runs];
    double[] init = new double[runs];
    double[] invoke = new double[runs];
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    String error = null;
    for (int i = 0; i < runs; i++) {
      command.add(launchedAt, "-Dopsflow.bench.launchedAtMs=" + System.currentTimeMillis());
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
      Map<String, String> env = builder.environment();
      env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(f.memoryMb()));
      env.put("AWS_LAMBDA_FUNCTION_NAME", "opsflow-bench-" + f.name());
      env.putIfAbsent("AWS_REGION", "us-east-1");
      env.putIfAbsent("AWS_EMF_ENVIRONMENT", "Local");
      env.putIfAbsent("OPSFLOW_CONFIG_DIR", root.resolve("config").toString());
      long started = System.nanoTime();
      Process process = builder.start();
      command.remove(launchedAt);
      String out = new String(process.getInputStream().readAllBytes()).trim();
      int exit = process.waitFor();
      wall[i] = (System.nanoTime() - started) / 1e6;
      String last = out.lines().reduce((a, b) -> b).orElse("");
      if (exit != 0 || !last.startsWith("{")) {
        return new Result(f, Files.size(jar), 0, 0, 0, 0, median(wall), "harness failed (exit " + exit + ")");
      }
      JsonNode line = MAPPER.readTree(last);
      jvm[i] = line.path("jvmMs").asDouble();
      init[i] = line.path("initMs").asDouble();
      invoke[i] = line.path("invokeMs").asDouble();
      cpu[i] = line.path("cpuMs").asDouble();
      error = line.path("error").isNull() ? null : line.path("error").asText();
    }
    return new Result(f, Files.size(jar), median(jvm), median(init), median(invoke), median(cpu), median(wall), error);
  }

  private static Path sampleEvent(Path root, ManifestFunction f) throws IOException {
    Path events = root.resolve("functions").resolve(f.name()).resolve("src/test/resources/events");
    if (!Files.isDirectory(events)) {
      return null;
    }
    try (Stream<Path> files = Files.list(events)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElse(null);
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String table(List<Result> results, int runs) {
    StringBuilder out = new StringBuilder();
    out.append("| function | memory MB | jar MB | JVM start ms | init ms | first invoke ms | cold start ms (init + invoke + JVM) | process CPU ms | process wall ms | invocation |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (Result r : results) {
      out.append(String.format("| %s | %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
          r.function().name(), r.function().memoryMb(), r.jarBytes() < 0 ? "-" : String.format("%.1f", r.jarBytes() / 1048576.0),
          r.jvmMs(), r.initMs(), r.invokeMs(), r.jvmMs() + r.initMs() + r.invokeMs(), r.cpuMs(), r.wallMs(), r.error() == null ? "ok" : r.error()));
    }
    out.append("\nMedians of ").append(runs).append(" fresh JVMs per function.\n");
    return out.toString();
  }
}
