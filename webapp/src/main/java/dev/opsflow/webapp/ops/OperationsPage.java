package dev.opsflow.webapp.ops;

import dev.opsflow.shared.ingress.InboundRecord;
import dev.opsflow.shared.operations.OperatorTask;
import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/**
 * The operations page's model: failed executions (with redrive), the bus's dead letters (null when this
 * deployment has no local bus), the ingress's failed inbound messages, the open operator tasks of the workflows,
 * and the newest notifications of the outbox, filtered by status.
 */
public record OperationsPage(
    Chrome chrome,
    List<FailedExecution> failed,
    List<DeadLetterRow> deadLetters,
    boolean deadLettersAvailable,
    List<InboundRecord> failedInbound,
    List<OperatorTask> operatorTasks,
    List<NotificationRow> outbox,
    String outboxStatus,
    String error) {

  public static List<String> outboxStatuses() {
    return List.of("pending", "sending", "captured", "sent", "failed");
  }
}
