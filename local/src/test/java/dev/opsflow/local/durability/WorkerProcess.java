package dev.opsflow.local.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link CrashWorkerMain} child JVM, started with this JVM's java binary and class path; its output is appended
 * to a log file. {@link #kill} sends SIGKILL, as a crash or an OOM killer would.
 */
final class WorkerProcess {
  private static final Duration READY_WAIT = Duration.ofSeconds(60);

  private final Process process;

  private WorkerProcess(Process process) {
    this.process = process;
  }

  /** Starts a child on {@code jdbcUrl} and waits until its workers run. */
  static WorkerProcess start(String jdbcUrl, Path log) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process process =
        new ProcessBuilder(
                java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CrashWorkerMain.class.getName(), jdbcUrl)
            .redirectErrorStream(true)
            .start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("crash-worker-output").start(() -> copyOutput(process, log, ready));
    try {
      ready.get(READY_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("The crash worker did not start; see " + log, e);
    }
    return new WorkerProcess(process);
  }

  /** SIGKILL, then waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The crash worker " + process.pid() + " survived SIGKILL");
    }
  }

  long pid() {
    return process.pid();
  }

  private static void copyOutput(Process process, Path log, CompletableFuture<Void> ready) {
    try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter file =
            new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
      file.println("--- crash worker " + process.pid());
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        file.println(line);
        if (line.equals("READY")) {
          ready.complete(null);
        }
      }
      ready.completeExceptionally(new IllegalStateException("exited before READY"));
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
  }
}
