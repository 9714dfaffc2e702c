package dev.opsflow.shared.reasoning.local;

import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.TriageRules;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the triage configuration ({@code config/triage.json}, loaded and validated by
 * {@link ConfigLoader}) that the local reasoner reads: issue-type keywords, urgency cues and combinations per
 * level (a {@code routine} level, when present, lists de-escalation cues such as "no rush"), and the cues of
 * messages that are not service requests. The one place that knows the config records' shape.
 */
public record TriageCues(
    Map<String, List<String>> issueKeywords,
    String defaultUrgency,
    Map<String, Level> urgencyLevels,
    Map<String, List<String>> nonServiceCues) {

  /** Cues and all-of combinations of one urgency level. */
  public record Level(List<String> cues, List<List<String>> combinations) {
    public Level {
      cues = List.copyOf(cues);
      combinations = combinations.stream().map(List::copyOf).toList();
    }
  }

  public TriageCues {
    issueKeywords = Map.copyOf(issueKeywords);
    urgencyLevels = Map.copyOf(urgencyLevels);
    nonServiceCues = Map.copyOf(nonServiceCues);
  }

  /** The cues of loaded triage rules. */
  public static TriageCues from(TriageRules rules) {
    Map<String, List<String>> issues = new LinkedHashMap<>();
    rules.issueTypes().forEach((type, cues) -> issues.put(type, cues.keywords()));
    Map<String, Level> levels = new LinkedHashMap<>();
    rules.urgencyCues().forEach((urgency, cues) -> levels.put(urgency.wireName(), new Level(cues.cues(), cues.combinations())));
    return new TriageCues(issues, rules.defaultUrgency().wireName(), levels, rules.nonServiceCategories());
  }

  /** Loads and validates the configuration in {@code configDir} and takes its triage cues. */
  public static TriageCues load(Path configDir) {
    return from(ConfigLoader.fromDirectory(configDir).triage());
  }
}
