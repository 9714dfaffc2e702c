package dev.opsflow.fn.classifyrequest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.reasoning.InboundText;
import dev.opsflow.shared.workflow.StepRef;
import java.time.Instant;

/** The message as the channel delivered it: its text (and email subject), when, and what the channel knows of the sender. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClassifyRequestInput(
    StepRef step, String requestId, String channel, String subject, String text, Instant receivedAt, Sender from) {

  /** The envelope's {@code from}. */
  public record Sender(String phone, String email, String name) {}

  /** What the reasoner reads: the subject line (when there is one) above the text. */
  InboundText inbound() {
    String body = text == null ? "" : text;
    String all = subject == null || subject.isBlank() ? body : subject + "\n" + body;
    InboundText.Sender sender = from == null ? InboundText.Sender.NONE : new InboundText.Sender(from.phone(), from.email(), from.name());
    return new InboundText(channel, all, receivedAt, sender);
  }
}
