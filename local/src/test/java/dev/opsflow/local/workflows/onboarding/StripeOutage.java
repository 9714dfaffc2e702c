package dev.opsflow.local.workflows.onboarding;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.opsflow.local.engine.EngineClock;
import java.time.Instant;

/**
 * A Stripe outage on the engine's clock: until {@link #until} every Stripe call is answered 503 with Stripe's
 * error shape, after it the stub's own answer. WireMock cannot see a virtual clock, so this transformer asks it.
 */
final class StripeOutage implements ResponseDefinitionTransformerV2 {
  static final String NAME = "stripe-outage";

  private volatile EngineClock clock;
  private volatile Instant until = Instant.MIN;

  void until(EngineClock engineClock, Instant end) {
    this.clock = engineClock;
    this.until = end;
  }

  void clear() {
    until = Instant.MIN;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    if (clock != null && clock.now().isBefore(until)) {
      return ApiStubs.json(503, "{\"error\": {\"type\": \"api_error\", \"message\": \"The service is temporarily unavailable.\"}}").build();
    }
    return serveEvent.getResponseDefinition();
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
