package dev.opsflow.shared.reasoning;

import java.time.Instant;
import java.util.Objects;

/**
 * One inbound message as the reasoner sees it: the channel it came by, its text, when it arrived, and what
 * the channel itself says about the sender (caller id, envelope sender), which may be {@link Sender#NONE}.
 */
public record InboundText(String channel, String text, Instant receivedAt, Sender sender) {

  public InboundText {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(receivedAt, "receivedAt");
    sender = sender == null ? Sender.NONE : sender;
  }

  /** A message with no sender details from the channel. */
  public static InboundText of(String channel, String text, Instant receivedAt) {
    return new InboundText(channel, text, receivedAt, Sender.NONE);
  }

  /** What the channel reports about the sender; each part may be null. */
  public record Sender(String phone, String email, String name) {
    /** No sender details. */
    public static final Sender NONE = new Sender(null, null, null);
  }
}
