package dev.opsflow.shared.reasoning.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.reasoning.RepoPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageClassifierTest {
  private final TriageClassifier triage = new TriageClassifier(Vocabulary.of(TriageCues.load(RepoPaths.config())));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "there is no gas smell but the stove won't light|appliance|routine",
        "the electric water heater is leaking onto the floor|plumbing|urgent",
        "smoke detectors keep chirping, want them replaced|electrical|routine",
        "heat's out, it's 5 below outside and my mom is 88|hvac|emergency",
        "furnace quit, house is down to 55, just me here|hvac|urgent",
        "water is pouring through the kitchen ceiling|plumbing|emergency",
        "can you thaw our frozen pipe before it bursts?|plumbing|urgent",
        "our washer's drum squeaks when spinning|appliance|routine"
      })
  void messages_getIssueTypeAndUrgency(String text, String issueType, String urgency) {
    // GIVEN a service message
    // WHEN it is classified
    TriageClassifier.Triage result = triage.classify(text);

    // THEN the type and urgency follow the cues, masks, negations and facts
    assertThat(result.serviceRequest()).isTrue();
    assertThat(result.issueType()).isEqualTo(issueType);
    assertThat(result.urgency()).isEqualTo(urgency);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "STOP",
        "Invoice 4471 is past due, please remit payment",
        "Are you hiring? I have 4 years of experience as an HVAC apprentice, resume attached",
        "thanks, the new furnace is working great, no need to call back",
        "what time does the bakery open?"
      })
  void nonServiceMessages_areClosed(String text) {
    // GIVEN a message that asks for no work
    // WHEN it is classified
    // THEN it is not a service request
    assertThat(triage.classify(text).serviceRequest()).isFalse();
  }
}
