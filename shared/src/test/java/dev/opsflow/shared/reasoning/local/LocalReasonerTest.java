package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.AgentCall;
import dev.opsflow.shared.reasoning.ConfirmationRequest;
import dev.opsflow.shared.reasoning.Draft;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.reasoning.Reasoner;
import dev.opsflow.shared.reasoning.ReasonerConfig;
import dev.opsflow.shared.reasoning.Reasoners;
import dev.opsflow.shared.reasoning.ReasoningResult;
import dev.opsflow.shared.reasoning.RepoPaths;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalReasonerTest {
  private static final Instant NOW = Instant.parse("2026-11-21T15:00:00Z");
  private final Reasoner reasoner = Reasoners.from(ReasonerConfig.defaults().withConfigDir(RepoPaths.config()));

  @Test
  void emergencyVoicemail_isClassifiedAndExtracted() {
    // GIVEN a voicemail about a gas smell with a spoken number
    String text = "hi this is Dana Whitfield we smell gas near the furnace we're all outside now "
        + "we're at 310 Cedar Court my number is three eight zero five five five zero one two two please hurry";

    // WHEN it is reasoned about
    ReasoningResult result = reasoner.classifyAndExtract(InboundText.of("voicemail", text, NOW));

    // THEN it is an hvac emergency with grounded fields and a recorded local call
    assertThat(result.serviceRequest()).isTrue();
    assertThat(result.issueType()).isEqualTo("hvac");
    assertThat(result.urgency()).isEqualTo("emergency");
    assertThat(result.value("customer_name")).hasValue("Dana Whitfield");
    assertThat(result.value("phone")).hasValue("+13805550122");
    assertThat(result.value("address")).hasValue("310 Cedar Court");
    assertThat(result.value("system_type")).hasValue("furnace");
    assertThat(result.violations()).isEmpty();
    AgentCall call = result.call();
    assertThat(call.agentId()).isEqualTo("classify-extract");
    assertThat(call.modelId()).isEqualTo(AgentCall.LOCAL_MODEL);
    assertThat(call.inputTokens()).isZero();
    assertThat(call.output().path("fields").path("phone").path("evidence").asText())
        .isEqualTo("three eight zero five five five zero one two two");
  }

  @Test
  void salesPitch_isNotAServiceRequest() {
    // GIVEN a marketing email that mentions the trade
    String text = "Subject: Grow your HVAC business\n\nWe help contractors like you get more leads from Google. "
        + "Book a quick call with our account executive.\n\nUnsubscribe";

    // WHEN it is reasoned about
    ReasoningResult result = reasoner.classifyAndExtract(InboundText.of("email", text, NOW));

    // THEN it is closed as not a service request, without fields
    assertThat(result.serviceRequest()).isFalse();
    assertThat(result.issueType()).isNull();
    assertThat(result.fields()).isEmpty();
    assertThat(result.call().output().path("non_service_category").asText()).isEqualTo("sales");
  }

  @Test
  void noRush_isRoutineEvenWithALeak() {
    // GIVEN a slow leak the sender says is not urgent
    String text = "the outdoor spigot is leaking a bit, no rush, sometime next week - Al";

    // WHEN it is reasoned about
    ReasoningResult result = reasoner.classifyAndExtract(InboundText.of("sms", text, NOW));

    // THEN it is routine plumbing and the preferred time is taken
    assertThat(result.issueType()).isEqualTo("plumbing");
    assertThat(result.urgency()).isEqualTo("routine");
    assertThat(result.value("preferred_time")).hasValue("sometime next week");
  }

  @Test
  void draft_promisesNoTimeAndPassesTheGuard() {
    // GIVEN a recorded request
    ConfirmationRequest request = new ConfirmationRequest("req-7", "email", "electrical", "urgent",
        Map.of("customer_name", "Ana Ruiz", "address", "9 Pine Road", "preferred_time", "tomorrow at 3"));

    // WHEN the confirmation is drafted
    Draft draft = reasoner.draftConfirmation(request);

    // THEN it greets, restates, gives the reference and needs no human
    assertThat(draft.body()).contains("Ana Ruiz", "9 Pine Road", "req-7").doesNotContain("tomorrow");
    assertThat(draft.needsHuman()).isFalse();
    assertThat(draft.call().agentId()).isEqualTo("draft-confirmation");
  }
}
