package dev.opsflow.shared.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.shared.ledger.HttpResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP statuses to workflow errors, and Retry-After read the two ways RFC 9110 allows. */
class HttpFailuresTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

  static HttpResult result(int status, String retryAfter) {
    return new HttpResult(status, retryAfter == null ? Map.of() : Map.of("retry-after", List.of(retryAfter)), "", Duration.ZERO);
  }

  @Test
  void statuses_mapToTheirErrors() {
    // GIVEN / WHEN / THEN 429 waits, 408 and 5xx retry, other 4xx stop
    assertThat(HttpFailures.failure("stripe", result(429, "3"), null, CLOCK)).isInstanceOf(RateLimitedException.class);
    assertThat(HttpFailures.failure("stripe", result(408, null), null, CLOCK)).isInstanceOf(TransientIntegrationException.class);
    assertThat(HttpFailures.failure("stripe", result(502, null), null, CLOCK)).isInstanceOf(TransientIntegrationException.class);
    assertThat(HttpFailures.failure("stripe", result(401, null), "authentication_error", CLOCK))
        .isInstanceOf(PermanentIntegrationException.class).hasMessageContaining("HTTP 401 authentication_error");
  }

  @Test
  void retryAfter_secondsOrDate_defaultWhenAbsent_clampedToTheHonouredRange() {
    // GIVEN / WHEN / THEN seconds are taken as they are, a date as the time until it, absence as the default
    assertThat(HttpFailures.retryAfterSeconds(result(429, "30"), CLOCK)).isEqualTo(30);
    assertThat(HttpFailures.retryAfterSeconds(result(429, "Sat, 21 Nov 2026 10:02:00 GMT"), CLOCK)).isEqualTo(120);
    assertThat(HttpFailures.retryAfterSeconds(result(429, null), CLOCK)).isEqualTo(HttpFailures.DEFAULT_RETRY_AFTER_SECONDS);
    assertThat(HttpFailures.retryAfterSeconds(result(429, "0"), CLOCK)).isEqualTo(1);
    assertThat(HttpFailures.retryAfterSeconds(result(429, "86400"), CLOCK)).isEqualTo(HttpFailures.MAX_RETRY_AFTER_SECONDS);
  }

  @Test
  void rateLimitedMessage_carriesTheDelayWhereTheWorkflowReadsIt() {
    // GIVEN a rate limit of 42 s
    RateLimitedException e = new RateLimitedException("asana", 42, "HTTP 429");

    // WHEN / THEN the message starts with the prefix the state machine's Catch matches
    assertThat(e.getMessage()).startsWith("Retry-After: 42 s;");
    assertThat(RateLimitedException.retryAfterSeconds(e.getMessage())).isEqualTo(42);
  }
}
