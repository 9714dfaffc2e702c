package dev.opsflow.shared.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Rules inside one file that a JSON Schema cannot say: unique ids and names, real time zones and dates, opening
 * intervals in order, ladders that climb, routing rules that can be reached. Run only on schema-valid documents.
 */
final class DocumentChecks {
  private final String file;
  private final List<ConfigProblem> problems = new ArrayList<>();

  private DocumentChecks(String file) {
    this.file = file;
  }

  static List<ConfigProblem> check(ConfigFile kind, String file, JsonNode root) {
    DocumentChecks checks = new DocumentChecks(file);
    switch (kind) {
      case QUESTION_FLOW -> checks.questionFlow(root);
      case TRIAGE -> checks.triage(root);
      case NOTIFICATIONS -> checks.notifications(root);
      case CRM_MAPPING -> {
        checks.unique(root.path("contact"), "$.contact", "field");
        checks.unique(root.path("ticket"), "$.ticket", "field");
      }
      case APPROVAL_POLICY -> checks.unique(root.path("rules"), "$.rules", "id");
    }
    return checks.problems;
  }

  private void questionFlow(JsonNode root) {
    unique(root.path("common_fields"), "$.common_fields", "name");
    Set<String> common = new HashSet<>(Nodes.list(root.path("common_fields"), f -> f.path("name").asText()));
    root.path("issue_types").properties().forEach(type -> {
      String fieldsPath = JsonPaths.child(JsonPaths.child("$.issue_types", type.getKey()), "fields");
      unique(type.getValue().path("fields"), fieldsPath, "name");
      forEachIndexed(type.getValue().path("fields"), fieldsPath, (field, path) -> {
        if (common.contains(field.path("name").asText())) {
          add(path + ".name", "'" + field.path("name").asText() + "' is already a common field");
        }
      });
    });
  }

  private void triage(JsonNode root) {
    Set<String> seen = new HashSet<>();
    forEachIndexed(root.path("routing").path("rules"), "$.routing.rules", (rule, path) -> {
      String key = rule.path("issue_type").asText("*") + "/" + rule.path("urgency").asText("*");
      if (!seen.add(key)) {
        add(path, "unreachable: an earlier rule already matches issue type and urgency " + key);
      }
    });
  }

  private void notifications(JsonNode root) {
    unique(root.path("people"), "$.people", "id");
    unique(root.path("teams"), "$.teams", "id");
    JsonNode hours = root.path("business_hours");
    try {
      ZoneId.of(hours.path("timezone").asText());
    } catch (DateTimeException e) {
      add("$.business_hours.timezone", "unknown time zone '" + hours.path("timezone").asText() + "'");
    }
    boolean openSometime = false;
    for (var day : hours.path("weekly").properties()) {
      openSometime |= !day.getValue().isEmpty();
      openingIntervals(day.getValue(), JsonPaths.child("$.business_hours.weekly", day.getKey()));
    }
    if (!openSometime) {
      add("$.business_hours.weekly", "the business is never open, so business-hours SLAs would never fall due");
    }
    Set<String> dates = new HashSet<>();
    forEachIndexed(hours.path("holidays"), "$.business_hours.holidays", (holiday, path) -> {
      String date = holiday.path("date").asText();
      try {
        LocalDate.parse(date);
      } catch (DateTimeException e) {
        add(path + ".date", "'" + date + "' is not a calendar date");
      }
      if (!dates.add(date)) {
        add(path + ".date", "holiday " + date + " is listed twice");
      }
    });
    root.path("escalation").properties().forEach(ladder -> {
      int previous = -1;
      String ladderPath = JsonPaths.child("$.escalation", ladder.getKey());
      for (int i = 0; i < ladder.getValue().size(); i++) {
        int minutes = ladder.getValue().get(i).path("minutes_after_sla").asInt();
        if (minutes <= previous) {
          add(JsonPaths.index(ladderPath, i) + ".minutes_after_sla",
              "rungs must climb: " + minutes + " is not after the previous rung's " + previous);
        }
        previous = minutes;
      }
    });
  }

  private void openingIntervals(JsonNode intervals, String path) {
    int previousClose = -1;
    for (int i = 0; i < intervals.size(); i++) {
      String open = intervals.get(i).path("open").asText();
      String close = intervals.get(i).path("close").asText();
      int from = BusinessHours.OpeningInterval.minuteOfDay(open);
      int to = BusinessHours.OpeningInterval.minuteOfDay(close);
      if (from >= to) {
        add(JsonPaths.index(path, i), "opens at " + open + " but closes at " + close + "; close must be later");
      } else if (from < previousClose) {
        add(JsonPaths.index(path, i), "starts at " + open + ", before the previous interval closes");
      }
      previousClose = Math.max(previousClose, to);
    }
  }

  private void unique(JsonNode array, String path, String key) {
    Set<String> seen = new HashSet<>();
    forEachIndexed(array, path, (item, itemPath) -> {
      String value = item.path(key).asText();
      if (!seen.add(value)) {
        add(itemPath + "." + key, "duplicate " + key + " '" + value + "'");
      }
    });
  }

  static void forEachIndexed(JsonNode array, String path, BiConsumer<JsonNode, String> each) {
    for (int i = 0; i < array.size(); i++) {
      each.accept(array.get(i), JsonPaths.index(path, i));
    }
  }

  private void add(String path, String message) {
    problems.add(new ConfigProblem(file, path, message));
  }
}
