package dev.opsflow.shared.telemetry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For {@link LogFormatTest}: logs one line inside a step, as a handler would, in a JVM of its own. */
public final class LogLineMain {
  private static final Logger LOG = LoggerFactory.getLogger(LogLineMain.class);

  private LogLineMain() {}

  public static void main(String[] args) {
    StepLogging.withStep(null, new StepFields("arn:aws:states:us-east-1:111111111111:execution:m:e-1", "req-9", "SendConfirmation"), () -> {
      LOG.info("confirmation sent to {}", "+15551234567");
      return null;
    });
  }
}
