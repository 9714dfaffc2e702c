package dev.opsflow.shared.ingress;

import java.util.Locale;

/**
 * Where an inbound message is: {@link #PENDING} (recorded, waiting for or between processing attempts), {@link
 * #PROCESSED} (published to the bus) or {@link #FAILED} (given up, with the reason; an operator may replay it).
 */
public enum InboundStatus {
  PENDING,
  PROCESSED,
  FAILED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static InboundStatus of(String wire) {
    return valueOf(wire.trim().toUpperCase(Locale.ROOT));
  }
}
