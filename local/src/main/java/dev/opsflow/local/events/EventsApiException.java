package dev.opsflow.local.events;

import java.io.Serial;

/**
 * An error the bus answers with, typed and worded as EventBridge types and words it ({@code ValidationException},
 * {@code InvalidEventPatternException}, {@code ResourceNotFoundException} ...). The HTTP API sends {@link #type()}
 * as {@code __type}, so the AWS SDK raises the matching exception class.
 */
public final class EventsApiException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;
  private final String type;

  public EventsApiException(String type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  public String type() {
    return type;
  }

  public static EventsApiException validation(String message) {
    return new EventsApiException("ValidationException", message);
  }

  public static EventsApiException invalidPattern(String reason) {
    return new EventsApiException("InvalidEventPatternException", "Event pattern is not valid. Reason: " + reason);
  }

  public static EventsApiException ruleNotFound(String rule, String bus) {
    return new EventsApiException("ResourceNotFoundException", "Rule " + rule + " does not exist on EventBus " + bus + ".");
  }
}
