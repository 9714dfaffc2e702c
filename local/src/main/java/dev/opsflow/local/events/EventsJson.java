package dev.opsflow.local.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * JSON as EventBridge's AWS JSON 1.1 protocol has it: members in UpperCamelCase ({@code Entries}, {@code
 * FailedEntryCount}), absent members omitted, unknown request members ignored (newer SDKs send members we do not
 * know), decimals kept exact.
 */
final class EventsJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private EventsJson() {}

  /** An instant as the epoch-seconds number AWS uses for timestamps (millisecond precision); null stays null. */
  static BigDecimal epochSeconds(Instant instant) {
    return instant == null ? null : BigDecimal.valueOf(instant.toEpochMilli(), 3);
  }
}
