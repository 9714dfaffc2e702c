package dev.opsflow.shared.ingress;

import java.util.Locale;

/**
 * What processing a message means: {@link #INTAKE} publishes {@code ServiceRequestReceived} with the intake
 * workflow's input (people's channels, and webhook sources that send service requests); {@link #EVENTS} publishes
 * the payload as {@code WebhookReceived}, one entity's events in order (a CRM's record updates); {@link #CONTRACT}
 * publishes a signed contract as {@code ContractSigned} (source {@code opsflow.contracts}), the onboarding's input.
 */
public enum InboundKind {
  INTAKE,
  EVENTS,
  CONTRACT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static InboundKind of(String wire) {
    return valueOf(wire.trim().toUpperCase(Locale.ROOT));
  }
}
