package dev.opsflow.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test breaks one thing in a copy of the shipped config and checks the error names file, path and problem. */
class ConfigValidationTest {
  @TempDir Path temp;
  private Path dir;

  @BeforeEach
  void copyConfig() {
    dir = ConfigFixtures.copyShipped(temp.resolve("config"));
  }

  @Test
  void wrongType_namesFilePathAndExpectedType() {
    // GIVEN an SLA written as a string
    break_("notifications.json", root -> sla(root, "urgent").put("respond_within_minutes", "120"));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(
        file("notifications.json"), "$.sla.urgent.respond_within_minutes", "string found, integer expected"));
  }

  @Test
  void missingRequiredKey_namesTheKey() {
    // GIVEN a common field without its weight
    break_("question-flow.json", root -> ((ObjectNode) root.withArray("common_fields").get(0)).remove("weight"));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(
        file("question-flow.json"), "$.common_fields[0]", "required property 'weight' not found"));
  }

  @Test
  void unknownIssueTypeInRouting_namesTheRuleAndKnownTypes() {
    // GIVEN a routing rule for an issue type the question flow does not have
    break_("triage.json", root -> rule(root, 4).put("issue_type", "roofing"));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(
        file("triage.json"), "$.routing.rules[4].issue_type",
        "unknown issue type 'roofing'; known: [appliance, electrical, hvac, plumbing]"));
  }

  @Test
  void badTimeFormat_namesTheOpeningTime() {
    // GIVEN Monday opening written as 7:30am
    break_("notifications.json", root -> opening(root, "monday").put("open", "7:30am"));

    // WHEN loaded THEN
    assertThat(problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file("notifications.json"));
      assertThat(p.path()).isEqualTo("$.business_hours.weekly.monday[0].open");
      assertThat(p.message()).startsWith("does not match the regex pattern");
    });
  }

  @Test
  void closingBeforeOpening_isRejected() {
    // GIVEN Tuesday closing before it opens
    break_("notifications.json", root -> opening(root, "tuesday").put("close", "06:00"));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(file("notifications.json"),
        "$.business_hours.weekly.tuesday[0]", "opens at 07:30 but closes at 06:00; close must be later"));
  }

  @Test
  void impossibleHolidayAndUnknownZone_bothReported() {
    // GIVEN a 30 February holiday and a misspelt time zone
    break_("notifications.json", root -> {
      ObjectNode hours = (ObjectNode) root.get("business_hours");
      hours.put("timezone", "America/Chicgo");
      ((ObjectNode) hours.withArray("holidays").get(0)).put("date", "2026-02-30");
    });

    // WHEN loaded THEN
    assertThat(problems()).containsExactlyInAnyOrder(
        new ConfigProblem(file("notifications.json"), "$.business_hours.timezone", "unknown time zone 'America/Chicgo'"),
        new ConfigProblem(file("notifications.json"), "$.business_hours.holidays[0].date",
            "'2026-02-30' is not a calendar date"));
  }

  @Test
  void unknownTeamAndRecipient_reportedWithTheirPaths() {
    // GIVEN routing to a team that does not exist and an escalation to an unknown role
    break_("triage.json", root -> rule(root, 0).put("team", "roofers"));
    break_("notifications.json", root -> ((ObjectNode) root.withArray("/escalation/urgent").get(1))
        .withArray("recipients").set(0, "role:foreman"));

    // WHEN loaded THEN
    assertThat(problems()).extracting(ConfigProblem::path, ConfigProblem::message).containsExactlyInAnyOrder(
        tuple("$.routing.rules[0].team",
            "unknown team 'roofers'; teams in " + file("notifications.json")
                + ": [appliance, dispatch, electrical, hvac, on-call, operations, plumbing]"),
        tuple("$.escalation.urgent[1].recipients[0]",
            "nobody has role 'foreman'; roles held: [dispatcher, manager, operator, owner, team-lead, technician]"));
  }

  @Test
  void ladderThatDoesNotClimb_isRejected() {
    // GIVEN the second emergency rung at the same time as the first
    break_("notifications.json",
        root -> ((ObjectNode) root.withArray("/escalation/emergency").get(1)).put("minutes_after_sla", 0));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(file("notifications.json"),
        "$.escalation.emergency[1].minutes_after_sla", "rungs must climb: 0 is not after the previous rung's 0"));
  }

  @Test
  void approvalRuleWithUnknownAndTwoConditions_reportsEach() {
    // GIVEN one rule with two conditions and one with a misspelt key
    break_("approval-policy.json", root -> {
      ((ObjectNode) root.withArray("rules").get(0).get("when")).put("new_customer", true);
      ((ObjectNode) root.withArray("rules").get(1)).put("reasn", "typo");
    });

    // WHEN loaded THEN both are reported, with their paths
    assertThat(problems()).extracting(ConfigProblem::path, ConfigProblem::message).containsExactlyInAnyOrder(
        tuple("$.rules[0].when", "must have at most 1 properties"),
        tuple("$.rules[1]", "property 'reasn' is not defined in the schema and the schema does not allow additional properties"));
  }

  @Test
  void valueMapWithoutValuesAndUnknownField_inCrmMapping() {
    // GIVEN a value_map transform with no values, and a mapping of a field nobody collects (second pass)
    break_("crm-mapping.json", root -> ((ObjectNode) root.withArray("ticket").get(2)).remove("values"));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(
        file("crm-mapping.json"), "$.ticket[2]", "required property 'values' not found"));
  }

  @Test
  void problemsInSeveralFiles_allListedInOneError() {
    // GIVEN three broken files
    break_("question-flow.json", root -> root.put("version", 3));
    break_("triage.json", root -> ((ObjectNode) root.get("urgency")).put("default", "whenever"));
    break_("crm-mapping.json", root -> ((ObjectNode) root.withArray("contact").get(0)).put("field", "nickname"));

    // WHEN loaded
    ConfigException error = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.fromDirectory(dir));

    // THEN the two schema problems are listed together (reference checks wait for schema-valid files)
    assertThat(error.problems()).extracting(ConfigProblem::file, ConfigProblem::path).containsExactly(
        tuple(file("question-flow.json"), "$.version"),
        tuple(file("triage.json"), "$.urgency.default"));
    assertThat(error.getMessage()).startsWith("Invalid opsflow configuration (2 problems):\n")
        .contains(file("question-flow.json") + " at $.version: integer found, string expected");
  }

  @Test
  void crmFieldNobodyCollects_isReported() {
    // GIVEN a contact mapping for a field not in the question flow
    break_("crm-mapping.json", root -> ((ObjectNode) root.withArray("contact").get(0)).put("field", "nickname"));

    // WHEN loaded THEN
    assertThat(problems()).containsExactly(new ConfigProblem(file("crm-mapping.json"), "$.contact[0].field",
        "unknown field 'nickname': not in " + file("question-flow.json") + " nor a record field"));
  }

  private void break_(String file, Consumer<ObjectNode> change) {
    ConfigFixtures.edit(dir, file, change);
  }

  private List<ConfigProblem> problems() {
    return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.fromDirectory(dir)).problems();
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private static ObjectNode sla(ObjectNode root, String urgency) {
    return (ObjectNode) root.get("sla").get(urgency);
  }

  private static ObjectNode rule(ObjectNode root, int index) {
    return (ObjectNode) root.get("routing").get("rules").get(index);
  }

  private static ObjectNode opening(ObjectNode root, String day) {
    return (ObjectNode) root.get("business_hours").get("weekly").get(day).get(0);
  }
}
