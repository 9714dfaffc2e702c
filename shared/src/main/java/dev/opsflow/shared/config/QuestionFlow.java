package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What we ask for each issue type ({@code config/question-flow.json}): the common fields every request needs and
 * each issue type's own. The issue types listed here are the known issue types of the business.
 */
public record QuestionFlow(String version, List<FieldSpec> commonFields, Map<String, IssueTypeFlow> issueTypes) {

  /** An issue type's label and its own fields (asked in addition to the common ones). */
  public record IssueTypeFlow(String label, List<FieldSpec> fields) {
    public IssueTypeFlow {
      fields = List.copyOf(fields);
    }
  }

  public QuestionFlow {
    commonFields = List.copyOf(commonFields);
    issueTypes = Nodes.ordered(issueTypes);
  }

  /** Whether the issue type is configured. */
  public boolean knows(String issueType) {
    return issueType != null && issueTypes.containsKey(issueType);
  }

  /**
   * Every field asked for the issue type: the common fields, then the type's own. For an unknown or missing issue
   * type, the common fields only.
   */
  public List<FieldSpec> fieldsFor(String issueType) {
    List<FieldSpec> fields = new ArrayList<>(commonFields);
    if (knows(issueType)) {
      fields.addAll(issueTypes.get(issueType).fields());
    }
    return List.copyOf(fields);
  }

  /** The field of that name asked for the issue type, if any. */
  public Optional<FieldSpec> field(String issueType, String name) {
    return fieldsFor(issueType).stream().filter(f -> f.name().equals(name)).findFirst();
  }

  static QuestionFlow fromJson(JsonNode root) {
    return new QuestionFlow(
        Nodes.text(root, "version"),
        Nodes.list(root.path("common_fields"), FieldSpec::fromJson),
        Nodes.map(
            root.path("issue_types"),
            (name, type) ->
                new IssueTypeFlow(Nodes.text(type, "label"), Nodes.list(type.path("fields"), FieldSpec::fromJson))));
  }
}
