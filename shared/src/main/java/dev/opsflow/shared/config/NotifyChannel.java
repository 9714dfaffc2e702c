package dev.opsflow.shared.config;

import java.util.Locale;

/** How staff or customers are told: email (SES), SMS (SNS) or Slack. Wire names are lower case. */
public enum NotifyChannel {
  EMAIL, SMS, SLACK;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static NotifyChannel fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
