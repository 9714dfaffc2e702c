package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.intake.Urgency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classification cues and routing ({@code config/triage.json}). Cues are lower-case words or phrases for the local
 * reasoner; a combination matches when all its cues occur. Routing rules are tried in order, first match wins.
 */
public record TriageRules(
    String version,
    Map<String, IssueTypeCues> issueTypes,
    Urgency defaultUrgency,
    Map<Urgency, UrgencyCues> urgencyCues,
    Map<String, List<String>> nonServiceCategories,
    List<RoutingRule> routingRules,
    String defaultTeam) {

  /** Keywords that suggest an issue type. */
  public record IssueTypeCues(String label, List<String> keywords) {
    public IssueTypeCues {
      keywords = List.copyOf(keywords);
    }
  }

  /** Cues for one urgency level: any single cue, or every cue of one combination. */
  public record UrgencyCues(List<String> cues, List<List<String>> combinations) {
    public UrgencyCues {
      cues = List.copyOf(cues);
      combinations = combinations.stream().map(List::copyOf).toList();
    }
  }

  /** Issue type (empty: any) and urgency (empty: any) to a team, plus extra recipients. */
  public record RoutingRule(
      Optional<String> issueType, Optional<Urgency> urgency, String team, List<RecipientRef> alsoNotify) {
    public RoutingRule {
      alsoNotify = List.copyOf(alsoNotify);
    }

    /** Whether the rule applies to a request of this issue type and urgency. */
    public boolean matches(String requestIssueType, Urgency requestUrgency) {
      return issueType.map(t -> t.equals(requestIssueType)).orElse(true)
          && urgency.map(u -> u == requestUrgency).orElse(true);
    }
  }

  public TriageRules {
    issueTypes = Nodes.ordered(issueTypes);
    urgencyCues = Nodes.ordered(urgencyCues);
    nonServiceCategories = Nodes.ordered(nonServiceCategories);
    routingRules = List.copyOf(routingRules);
  }

  static TriageRules fromJson(JsonNode root) {
    Map<Urgency, UrgencyCues> levels = new EnumMap<>(Urgency.class);
    root.path("urgency").path("levels").properties().forEach(e -> levels.put(
        Urgency.fromWire(e.getKey()),
        new UrgencyCues(
            Nodes.strings(e.getValue().path("cues")),
            Nodes.list(e.getValue().path("combinations"), Nodes::strings))));
    JsonNode routing = root.path("routing");
    return new TriageRules(
        Nodes.text(root, "version"),
        Nodes.map(
            root.path("issue_types"),
            (name, t) -> new IssueTypeCues(Nodes.text(t, "label"), Nodes.strings(t.path("keywords")))),
        Urgency.fromWire(root.path("urgency").path("default").asText()),
        levels,
        Nodes.map(root.path("non_service_request").path("categories"), (name, cues) -> Nodes.strings(cues)),
        Nodes.list(routing.path("rules"), TriageRules::rule),
        Nodes.text(routing, "default_team"));
  }

  private static RoutingRule rule(JsonNode node) {
    return new RoutingRule(
        Optional.ofNullable(Nodes.textOrNull(node, "issue_type")),
        Optional.ofNullable(Nodes.textOrNull(node, "urgency")).map(Urgency::fromWire),
        Nodes.text(node, "team"),
        Nodes.list(node.path("also_notify"), n -> RecipientRef.parse(n.asText())));
  }
}
