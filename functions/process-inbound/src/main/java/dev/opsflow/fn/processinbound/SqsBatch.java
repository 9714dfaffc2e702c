package dev.opsflow.fn.processinbound;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.ingress.InboundPublisher;
import dev.opsflow.shared.ingress.InboundQueue;
import dev.opsflow.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The two ways {@code process-inbound} runs the queue: per SQS record, or a timed sweep. */
final class SqsBatch {
  private final InboundQueue queue;

  SqsBatch(InboundQueue queue) {
    this.queue = queue;
  }

  /**
   * Processes each record's row; answers {@code {"batchItemFailures": [{"itemIdentifier": messageId}]}} for those
   * to be delivered again (waiting for an older message of their entity, or retrying), SQS's partial batch format.
   * Within a FIFO group, once one record must come back, the later ones of the batch come back too, unprocessed.
   */
  Map<String, Object> process(Map<String, Object> event) {
    List<Map<String, String>> failures = new ArrayList<>();
    for (Object item : (List<?>) event.get("Records")) {
      JsonNode record = Json.MAPPER.valueToTree(item);
      String messageId = record.path("messageId").asText();
      if (!failures.isEmpty()) {
        failures.add(Map.of("itemIdentifier", messageId));
        continue;
      }
      long id = Json.parse(record.path("body").asText("{}")).path("id").asLong(-1);
      InboundQueue.Outcome outcome = id < 0 ? InboundQueue.Outcome.NOT_FOUND : queue.processOne(id);
      if (outcome == InboundQueue.Outcome.WAITING_FOR_OLDER || outcome == InboundQueue.Outcome.RETRY_LATER) {
        failures.add(Map.of("itemIdentifier", messageId));
      }
    }
    return Map.of("batchItemFailures", failures);
  }

  /** Processes due messages in batches until none is due or {@code deadlineMillis} (epoch ms) passes. */
  Map<String, Object> sweep(long deadlineMillis) {
    int processed = 0;
    for (int n; System.currentTimeMillis() < deadlineMillis && (n = queue.processBatch(InboundPublisher.MAX_BATCH)) > 0; ) {
      processed += n;
    }
    return Map.of("processed", processed);
  }
}
