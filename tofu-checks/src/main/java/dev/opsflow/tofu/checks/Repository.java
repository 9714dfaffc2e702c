package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parts of a repository checkout the checks read: the function manifest and modules, the state machines,
 * the rule files and the tofu sources. Missing directories read as empty: the checks judge what is there.
 */
public record Repository(Path root) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  public Path manifestFile() {
    return root.resolve("functions/manifest.json");
  }

  /** The manifest's entries (empty when there is no manifest). */
  public List<ManifestFunction> manifest() {
    if (!Files.exists(manifestFile())) {
      return List.of();
    }
    List<ManifestFunction> functions = new ArrayList<>();
    readJson(manifestFile()).path("functions").forEach(f -> functions.add(ManifestFunction.from(f)));
    return functions;
  }

  /** Names of the directories under functions/ that are Maven modules (hold a pom.xml). */
  public List<String> functionModules() {
    return list(root.resolve("functions"), p -> Files.isDirectory(p) && Files.exists(p.resolve("pom.xml"))).stream()
        .map(p -> p.getFileName().toString())
        .toList();
  }

  public List<Path> aslFiles() {
    return list(root.resolve("statemachines"), p -> p.getFileName().toString().endsWith(".asl.json"));
  }

  public List<Path> ruleFiles() {
    return list(root.resolve("events/rules"), p -> p.getFileName().toString().endsWith(".json"));
  }

  /** Every .tf file under tofu/, sorted. */
  public List<Path> tofuFiles() {
    Path tofu = root.resolve("tofu");
    if (!Files.isDirectory(tofu)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(tofu)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tf") && !p.toString().contains("/.terraform/")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A process name from its ASL file: {@code service-intake} from {@code service-intake.asl.json}. */
  public static String process(Path aslFile) {
    return aslFile.getFileName().toString().replace(".asl.json", "");
  }

  public static JsonNode readJson(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(filter).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
