package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two npm tools the checks need, installed once with npm into {@code <dir>/node_modules} at pinned versions and
 * run through one small Node script ({@code tofu-tools.js}). A second run finds them installed and costs nothing.
 * Without node or npm the checks fail with a message saying what to install: they never skip silently.
 */
public final class NodeTools {
  /** Pinned: the checks' results must not change under us. */
  public static final Map<String, String> PACKAGES = Map.of("@cdktf/hcl2json", "0.21.0", "asl-validator", "4.0.0");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long TIMEOUT_MINUTES = 5;

  private final Path dir;

  private NodeTools(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** Tools installed under {@code dir} (a build's target directory), installing them first if needed. */
  public static synchronized NodeTools in(Path dir) {
    NodeTools tools = new NodeTools(dir);
    tools.ensureInstalled();
    return tools;
  }

  /** Runs {@code tofu-tools.js <command> <input>} and returns its JSON output. */
  public JsonNode run(String command, Path input) {
    Path script = dir.resolve("tofu-tools.js");
    try (InputStream in = NodeTools.class.getResourceAsStream("tofu-tools.js")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      Path out = Files.createTempFile(dir, "tofu-tools-", ".json");
      try {
        exec(List.of("node", script.toString(), command, input.toAbsolutePath().toString()), out, "node");
        return MAPPER.readTree(out.toFile());
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureInstalled() {
    if (installed()) {
      return;
    }
    try {
      Files.createDirectories(dir);
      List<String> command = new ArrayList<>(List.of("npm", "install", "--prefix", dir.toString(), "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error"));
      PACKAGES.forEach((name, version) -> command.add(name + "@" + version));
      exec(command, dir.resolve("npm-install.log"), "npm");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!installed()) {
      throw new IllegalStateException("npm ran but " + PACKAGES + " are not all in " + dir.resolve("node_modules"));
    }
  }

  private boolean installed() {
    for (Map.Entry<String, String> p : PACKAGES.entrySet()) {
      Path packageJson = dir.resolve("node_modules").resolve(p.getKey()).resolve("package.json");
      try {
        if (!Files.exists(packageJson) || !p.getValue().equals(MAPPER.readTree(packageJson.toFile()).path("version").asText())) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  private void exec(List<String> command, Path stdout, String tool) throws IOException {
    Path stderr = Files.createTempFile(dir, tool + "-", ".err");
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "The offline tofu checks need Node.js 18+ and npm on the PATH (" + tool + " could not be started: " + e.getMessage()
              + "). Install them (Debian: apt-get install nodejs npm) and run again.", e);
    }
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish in " + TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(tool + " failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + Files.readString(stderr));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + tool, e);
    } finally {
      Files.deleteIfExists(stderr);
    }
  }
}
