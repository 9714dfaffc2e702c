package dev.opsflow.tofu.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AslValidatorCheckTest {
  @Test
  void render_replacesPlaceholdersByKindAndKeepsEscapedOnes() {
    // GIVEN a template with a function, a state machine, a plain and an escaped placeholder
    String template = "\"${extract_fields_function_arn}\" \"${client_onboarding_state_machine_arn}\" \"${attachments_bucket_name}\" \"$${literal}\"";

    // WHEN it is rendered
    String rendered = AslValidatorCheck.render(template);

    // THEN each gets a dummy of its kind and the escape becomes a literal ${
    assertThat(rendered)
        .isEqualTo("\"arn:aws:lambda:us-east-1:123456789012:function:opsflow-check-extract-fields:live\" "
            + "\"arn:aws:states:us-east-1:123456789012:stateMachine:opsflow-check-client-onboarding\" "
            + "\"opsflow-check-attachments-bucket\" \"${literal}\"");
  }
}
