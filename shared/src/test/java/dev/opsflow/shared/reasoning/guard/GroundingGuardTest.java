package dev.opsflow.shared.reasoning.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.Evidence;
import dev.opsflow.shared.reasoning.ExtractedField;
import dev.opsflow.shared.reasoning.ReasoningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundingGuardTest {
  private static final AgentCall CALL =
      new AgentCall("classify-extract", "1", "test-model", 0, 0, 0, JsonNodeFactory.instance.objectNode());
  private final GroundingGuard guard = new GroundingGuard();

  @Test
  void groundedValuesInAnyForm_areKept() {
    // GIVEN a voicemail with a spoken phone, a spoken email, and a value an agent normalised
    String text = "this is MARIA   LOPEZ at 12 Elm Street, number is three one two five five five zero one "
        + "four two, email maria dot lopez at example dot com, any time tomorrow";
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    fields.put("customer_name", field("Maria Lopez"));
    fields.put("phone", field("+13125550142"));
    fields.put("email", field("maria.lopez@example.com"));
    fields.put("address", field("12 Elm St"));
    fields.put("preferred_time", field("tomorrow"));

    // WHEN the guard checks them
    ReasoningResult checked = guard.apply(result(fields), text);

    // THEN every value stays and nothing is reported
    assertThat(checked.fields()).containsOnlyKeys(fields.keySet());
    assertThat(checked.violations()).isEmpty();
  }

  @Test
  void fabricatedValues_areDroppedAndReported() {
    // GIVEN an agent output with values the message never states
    String text = "hi, the furnace is out at 12 Elm Street, call 312-555-0142";
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    fields.put("customer_name", field("John Smith"));
    fields.put("phone", field("+13125550199"));
    fields.put("email", field("john@example.com"));
    fields.put("address", field("12 Elm Street"));
    fields.put("system_type", new ExtractedField("boiler", Evidence.locate(text, "the boiler is out")));

    // WHEN the guard checks them
    ReasoningResult checked = guard.apply(result(fields), text);

    // THEN only the grounded address stays, and each dropped value is a violation
    assertThat(checked.fields()).containsOnlyKeys("address");
    assertThat(checked.violations()).extracting(GuardViolation::field)
        .containsExactly("customer_name", "phone", "email", "system_type");
    assertThat(checked.violations().get(1).reason()).contains("phone digits");
  }

  private static ExtractedField field(String value) {
    return new ExtractedField(value, new Evidence(-1, -1, value));
  }

  private static ReasoningResult result(Map<String, ExtractedField> fields) {
    return new ReasoningResult(true, "hvac", "urgent", fields, List.of(), CALL);
  }
}
