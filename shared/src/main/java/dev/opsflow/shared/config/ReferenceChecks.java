package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * References between and inside files: issue types named in triage exist in the question flow (and the other way
 * round), routing names configured teams, every recipient reference resolves, team members are people, CRM
 * mappings name fields we collect. Run only when every file passed its schema.
 */
final class ReferenceChecks {
  /** Fields a request record has besides the question flow's. */
  static final Set<String> RECORD_FIELDS =
      Set.of("issue_type", "urgency", "request_id", "channel", "summary", "completeness", "received_at");

  private final Function<ConfigFile, String> fileName;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Set<String> teams = new HashSet<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> roles = new HashSet<>();

  private ReferenceChecks(Function<ConfigFile, String> fileName) {
    this.fileName = fileName;
  }

  static List<ConfigProblem> check(Map<ConfigFile, JsonNode> docs, Function<ConfigFile, String> fileName) {
    ReferenceChecks checks = new ReferenceChecks(fileName);
    checks.collectStaff(docs.get(ConfigFile.NOTIFICATIONS));
    checks.issueTypes(docs.get(ConfigFile.QUESTION_FLOW), docs.get(ConfigFile.TRIAGE));
    checks.routing(docs.get(ConfigFile.TRIAGE));
    checks.notifications(docs.get(ConfigFile.NOTIFICATIONS));
    checks.crmFields(docs.get(ConfigFile.QUESTION_FLOW), docs.get(ConfigFile.CRM_MAPPING));
    return checks.problems;
  }

  private void collectStaff(JsonNode notifications) {
    notifications.path("teams").forEach(t -> teams.add(t.path("id").asText()));
    notifications.path("people").forEach(p -> {
      people.add(p.path("id").asText());
      p.path("roles").forEach(r -> roles.add(r.asText()));
    });
  }

  private void issueTypes(JsonNode questionFlow, JsonNode triage) {
    Set<String> asked = fieldNames(questionFlow.path("issue_types"));
    Set<String> cued = fieldNames(triage.path("issue_types"));
    for (String type : cued) {
      if (!asked.contains(type)) {
        add(ConfigFile.TRIAGE, JsonPaths.child("$.issue_types", type),
            "issue type '" + type + "' has no question flow; known: " + new TreeSet<>(asked));
      }
    }
    for (String type : asked) {
      if (!cued.contains(type)) {
        add(ConfigFile.QUESTION_FLOW, JsonPaths.child("$.issue_types", type),
            "issue type '" + type + "' has no triage cues in " + fileName.apply(ConfigFile.TRIAGE));
      }
    }
    DocumentChecks.forEachIndexed(triage.path("routing").path("rules"), "$.routing.rules", (rule, path) -> {
      String type = rule.path("issue_type").asText(null);
      if (type != null && !asked.contains(type)) {
        add(ConfigFile.TRIAGE, path + ".issue_type", "unknown issue type '" + type + "'; known: " + new TreeSet<>(asked));
      }
    });
  }

  private void routing(JsonNode triage) {
    DocumentChecks.forEachIndexed(triage.path("routing").path("rules"), "$.routing.rules", (rule, path) -> {
      team(ConfigFile.TRIAGE, path + ".team", rule.path("team").asText());
      DocumentChecks.forEachIndexed(rule.path("also_notify"), path + ".also_notify",
          (ref, refPath) -> recipient(ConfigFile.TRIAGE, refPath, ref.asText(), false));
    });
    team(ConfigFile.TRIAGE, "$.routing.default_team", triage.path("routing").path("default_team").asText());
  }

  private void notifications(JsonNode root) {
    DocumentChecks.forEachIndexed(root.path("teams"), "$.teams", (team, path) -> {
      person(path + ".lead", team.path("lead").asText());
      DocumentChecks.forEachIndexed(team.path("members"), path + ".members", (m, mPath) -> person(mPath, m.asText()));
    });
    root.path("events").properties().forEach(event -> {
      String path = JsonPaths.child(JsonPaths.child("$.events", event.getKey()), "recipients");
      DocumentChecks.forEachIndexed(event.getValue().path("recipients"), path,
          (ref, refPath) -> recipient(ConfigFile.NOTIFICATIONS, refPath, ref.asText(), true));
    });
    root.path("escalation").properties().forEach(ladder -> DocumentChecks.forEachIndexed(
        ladder.getValue(), JsonPaths.child("$.escalation", ladder.getKey()),
        (rung, path) -> DocumentChecks.forEachIndexed(rung.path("recipients"), path + ".recipients",
            (ref, refPath) -> recipient(ConfigFile.NOTIFICATIONS, refPath, ref.asText(), false))));
  }

  private void crmFields(JsonNode questionFlow, JsonNode crm) {
    Set<String> known = new LinkedHashSet<>(RECORD_FIELDS);
    questionFlow.path("common_fields").forEach(f -> known.add(f.path("name").asText()));
    questionFlow.path("issue_types").forEach(t -> t.path("fields").forEach(f -> known.add(f.path("name").asText())));
    for (String list : List.of("contact", "ticket")) {
      DocumentChecks.forEachIndexed(crm.path(list), "$." + list, (mapping, path) -> {
        String field = mapping.path("field").asText();
        if (!known.contains(field)) {
          add(ConfigFile.CRM_MAPPING, path + ".field",
              "unknown field '" + field + "': not in " + fileName.apply(ConfigFile.QUESTION_FLOW) + " nor a record field");
        }
      });
    }
  }

  private void recipient(ConfigFile file, String path, String text, boolean customerAllowed) {
    RecipientRef ref = RecipientRef.parse(text);
    switch (ref.kind()) {
      case TEAM -> team(file, path, ref.id());
      case PERSON -> {
        if (!people.contains(ref.id())) {
          add(file, path, "unknown person '" + ref.id() + "'");
        }
      }
      case ROLE -> {
        if (!roles.contains(ref.id())) {
          add(file, path, "nobody has role '" + ref.id() + "'; roles held: " + new TreeSet<>(roles));
        }
      }
      case CUSTOMER -> {
        if (!customerAllowed) {
          add(file, path, "'customer' can only receive events, not staff notices");
        }
      }
      case ASSIGNED_TEAM, ASSIGNED_TEAM_LEAD -> { }
    }
  }

  private void team(ConfigFile file, String path, String id) {
    if (!teams.contains(id)) {
      add(file, path, "unknown team '" + id + "'; teams in " + fileName.apply(ConfigFile.NOTIFICATIONS) + ": "
          + new TreeSet<>(teams));
    }
  }

  private void person(String path, String id) {
    if (!people.contains(id)) {
      add(ConfigFile.NOTIFICATIONS, path, "unknown person '" + id + "'");
    }
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new LinkedHashSet<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private void add(ConfigFile file, String path, String message) {
    problems.add(new ConfigProblem(fileName.apply(file), path, message));
  }
}
