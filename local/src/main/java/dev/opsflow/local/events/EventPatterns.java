package dev.opsflow.local.events;

import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/** EventBridge event patterns, checked and matched by AWS's own event-ruler library. */
final class EventPatterns {
  private EventPatterns() {}

  /** Throws {@code InvalidEventPatternException} with event-ruler's reason when {@code pattern} is not a valid pattern. */
  static void check(String pattern) {
    String problem = JsonRuleCompiler.check(pattern);
    if (problem != null) {
      throw EventsApiException.invalidPattern(problem);
    }
  }

  /** TestEventPattern: whether {@code pattern} matches {@code eventJson}. */
  static boolean matches(String pattern, String eventJson) {
    check(pattern);
    Machine machine = Machine.builder().build();
    try {
      machine.addRule("pattern", pattern);
      return !machine.rulesForJSONEvent(eventJson).isEmpty();
    } catch (Exception e) {
      // event-ruler declares `throws Exception` for malformed events: the caller's event is not valid JSON.
      throw EventsApiException.validation("Parameter Event is not valid. Reason: " + e.getMessage());
    }
  }
}
