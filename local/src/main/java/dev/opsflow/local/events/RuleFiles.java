package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.workflows.Placeholders;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the rule files, {@code events/rules/*.json} (one rule per file, the format of {@link RuleJson}), after
 * resolving their {@code ${...}} placeholders as tofu's {@code templatefile()} does ({@link Placeholders}). A
 * file that does not parse or holds an invalid rule is an error naming the file: the node does not start with
 * a rule it cannot honour. A rule naming a state machine or function this repository does not have (yet) is
 * left out with a warning: the events it would match are dead-lettered, and can be replayed once it exists.
 */
public final class RuleFiles {
  private static final Logger LOG = LoggerFactory.getLogger(RuleFiles.class);

  private RuleFiles() {}

  /** The rules in {@code dir} (none when it does not exist), sorted by file name. */
  public static List<EventRule> load(Path dir, Map<String, String> placeholders) throws IOException {
    List<EventRule> rules = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return rules;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        Set<String> missing = new TreeSet<>(Placeholders.names(Files.readString(file)));
        missing.removeAll(placeholders.keySet());
        if (missing.isEmpty()) {
          rules.add(read(file, placeholders));
        } else {
          LOG.warn("Rule file {} is not loaded: nothing here is called {} (its events will be dead-lettered)", file, missing);
        }
      }
    }
    return rules;
  }

  static EventRule read(Path file, Map<String, String> placeholders) throws IOException {
    try {
      JsonNode json = Json.parse(Placeholders.resolve(Files.readString(file), placeholders));
      EventRule rule = RuleJson.read(json);
      String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
      if (!rule.name().equals(expected)) {
        throw new IllegalArgumentException("the rule's name must be the file's name, " + expected);
      }
      return rule;
    } catch (IllegalArgumentException | EventsApiException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
