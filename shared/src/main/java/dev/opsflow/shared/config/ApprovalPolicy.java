package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.intake.DraftFlag;
import dev.opsflow.shared.intake.Urgency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a person must approve a customer confirmation before it is sent ({@code config/approval-policy.json}). Every
 * enabled rule is checked; any match requires approval, and every match is reported with its reason.
 */
public record ApprovalPolicy(String version, List<Rule> rules) {

  /** One rule; a disabled rule is kept in the file for the record but never matches. */
  public record Rule(String id, Condition when, String reason, boolean enabled) {
    public Rule {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(when, "when");
    }
  }

  /** The one condition of a rule. */
  public sealed interface Condition {}

  /** The request's urgency is one of these. */
  public record UrgencyIn(Set<Urgency> urgencies) implements Condition {
    public UrgencyIn {
      urgencies = Set.copyOf(urgencies);
    }
  }

  /** The completeness score is below the threshold (0..1). */
  public record CompletenessBelow(double threshold) implements Condition {}

  /** At least one required field is missing. */
  public record RequiredMissing() implements Condition {}

  /** The draft carries this guard flag. */
  public record DraftFlagged(DraftFlag flag) implements Condition {}

  /** The request does not match an existing customer. */
  public record NewCustomer() implements Condition {}

  /** The request matched an existing customer with confidence below the threshold (0..1). */
  public record MatchConfidenceBelow(double threshold) implements Condition {}

  public ApprovalPolicy {
    rules = List.copyOf(rules);
  }

  static ApprovalPolicy fromJson(JsonNode root) {
    return new ApprovalPolicy(Nodes.text(root, "version"), Nodes.list(root.path("rules"), ApprovalPolicy::rule));
  }

  private static Rule rule(JsonNode n) {
    return new Rule(Nodes.text(n, "id"), condition(n.path("when")), Nodes.text(n, "reason"), Nodes.bool(n, "enabled", true));
  }

  /** The schema guarantees exactly one known key. */
  private static Condition condition(JsonNode when) {
    Map.Entry<String, JsonNode> only = when.properties().iterator().next();
    JsonNode value = only.getValue();
    return switch (only.getKey()) {
      case "urgency_in" -> new UrgencyIn(Set.copyOf(Nodes.list(value, n -> Urgency.fromWire(n.asText()))));
      case "completeness_below" -> new CompletenessBelow(value.asDouble());
      case "required_missing" -> new RequiredMissing();
      case "draft_flag" -> new DraftFlagged(DraftFlag.fromWire(value.asText()));
      case "new_customer" -> new NewCustomer();
      case "match_confidence_below" -> new MatchConfidenceBelow(value.asDouble());
      default -> throw new IllegalArgumentException("Unknown approval condition '" + only.getKey() + "'");
    };
  }
}
