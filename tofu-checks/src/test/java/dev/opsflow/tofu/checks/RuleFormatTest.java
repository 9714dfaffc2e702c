package dev.opsflow.tofu.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule file format of events/README.md: both kinds of rule pass, each broken rule of the format is named. */
class RuleFormatTest {
  private static final String PATTERN_RULE = """
      {"name": "demo", "description": "d", "event_bus": "opsflow", "state": "ENABLED",
       "event_pattern": {"source": ["opsflow.demo"]},
       "targets": [{"id": "a", "arn": "${demo_flow_state_machine_arn}", "input_path": "$.detail"},
                   {"id": "b", "arn": "${alpha_step_function_arn}", "input": {"k": 1},
                    "retry_policy": {"maximum_retry_attempts": 0, "maximum_event_age_in_seconds": 60}}]}
      """;
  private static final String SCHEDULE_RULE = """
      {"name": "demo", "event_bus": "default", "schedule_expression": "rate(5 minutes)", "state": "DISABLED",
       "targets": [{"id": "a", "arn": "${alpha_step_function_arn}",
                    "input_transformer": {"input_paths_map": {"t": "$.time"}, "input_template": "{\\"t\\": <t>}"},
                    "retry_policy": {"maximum_retry_attempts": 185, "maximum_event_age_in_seconds": 86400}}]}
      """;

  @Test
  void patternAndScheduleRules_haveNoProblems() throws Exception {
    // GIVEN a pattern rule and a schedule rule using every member of the format
    // WHEN they are checked as demo.json
    // THEN neither has a problem
    assertThat(RuleFormat.problems(Repository.MAPPER.readTree(PATTERN_RULE), "demo")).isEmpty();
    assertThat(RuleFormat.problems(Repository.MAPPER.readTree(SCHEDULE_RULE), "demo")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pattern  | /name                                                | '\"other\"'                 | is \"other\" but must be",
        "pattern  | /name                                                | '\"a b\"'                   | \"name\" must be 1 to 64",
        "pattern  | /schedule_expression                                 | '\"rate(1 hour)\"'          | exactly one of \"event_pattern\" and \"schedule_expression\"",
        "pattern  | /event_pattern                                       | '\"source\"'                | \"event_pattern\" must be a JSON object",
        "pattern  | /event_bus                                           | '\"ops\"'                   | \"event_bus\" is \"ops\"",
        "pattern  | /state                                               | '\"OFF\"'                   | \"state\" must be ENABLED or DISABLED",
        "pattern  | /targets/0/input                                     | {}                          | more than one of \"input\", \"input_path\" and \"input_transformer\"",
        "pattern  | /targets/1/id                                        | '\"a\"'                     | two targets have the id \"a\"",
        "pattern  | /targets/1/role                                      | '\"arn:aws:iam::1:role/r\"' | unknown member \"targets[].role\"",
        "pattern  | /targets/1/retry_policy/maximum_retry_attempts       | 186                         | maximum_retry_attempts must be a whole number from 0 to 185",
        "pattern  | /targets/1/retry_policy/maximum_event_age_in_seconds | 59                          | maximum_event_age_in_seconds must be a whole number from 60 to 86400",
        "pattern  | /targets/1/retry_policy/retries                      | 3                           | unknown member \"targets[].retry_policy.retries\"",
        "pattern  | /eventPattern                                        | {}                          | unknown member \"eventPattern\"",
        "schedule | /event_bus                                           | '\"opsflow\"'               | needs \"event_bus\": \"default\"",
        "schedule | /schedule_expression                                 | '\"every 5 minutes\"'       | must be rate(...) or cron(...)",
        "schedule | /targets/0/input_transformer/input_paths             | {}                          | unknown member \"targets[].input_transformer.input_paths\"",
        "schedule | /targets/0/input_transformer/input_template          | 1                           | without an \"input_template\"",
      })
  void brokenRule_isNamed(String kind, String pointer, String json, String expected) throws Exception {
    // GIVEN a valid rule with one member set to a broken value (given as JSON)
    ObjectNode rule = (ObjectNode) Repository.MAPPER.readTree(kind.equals("pattern") ? PATTERN_RULE : SCHEDULE_RULE);
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) (slash == 0 ? rule : rule.at(pointer.substring(0, slash)));
    parent.set(pointer.substring(slash + 1), Repository.MAPPER.readTree(json));

    // WHEN it is checked
    // THEN the problem is named
    assertThat(RuleFormat.problems(rule, "demo")).anySatisfy(p -> assertThat(p).contains(expected));
  }

  @Test
  void memberMappings_coverEveryMemberOfTheFormat() {
    // GIVEN the members of the format
    Set<String> members = new TreeSet<>();
    RuleFormat.MEMBERS.forEach((where, names) -> names.forEach(n -> members.add(where + n)));

    // WHEN the mappings the module is held to are listed
    Set<String> mapped = new TreeSet<>();
    RuleMemberUse.MAPPINGS.forEach(m -> mapped.add(m.member()));

    // THEN each member has its EventBridge argument
    assertThat(mapped).isEqualTo(members);
  }
}
