package dev.opsflow.shared.ingress;

import java.util.Locale;

/** The channels a request arrives by, with their wire names (HELPER_COMMON's contract): {@code sms}, {@code web} ... */
public enum Channel {
  SMS,
  VOICEMAIL,
  EMAIL,
  WEB,
  /** Machine sources (a CRM, a partner system) posting signed webhooks. */
  WEBHOOK;

  /** The lower-case name used in requests, execution names and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The channel of a wire name; throws {@link IllegalArgumentException} for an unknown one. */
  public static Channel of(String wire) {
    for (Channel channel : values()) {
      if (channel.wire().equals(wire)) {
        return channel;
      }
    }
    throw new IllegalArgumentException("Unknown channel: " + wire);
  }
}
