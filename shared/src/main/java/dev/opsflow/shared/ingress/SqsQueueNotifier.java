package dev.opsflow.shared.ingress;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends {@code {"id": <row id>}} to the inbound SQS FIFO queue: {@code MessageGroupId} is the entity key where
 * order matters (else the execution name, so unrelated messages never wait for each other), {@code
 * MessageDeduplicationId} the execution name (a retried delivery within SQS's 5-minute window is dropped by SQS
 * too). A failed send is logged, not thrown: the row is durable and the scheduled sweep of {@code process-inbound}
 * picks it up. Needs {@code software.amazon.awssdk:sqs} (optional in shared).
 */
public final class SqsQueueNotifier implements QueueNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(SqsQueueNotifier.class);

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsQueueNotifier(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  /** The notifier {@code OPSFLOW_INBOUND_QUEUE_URL} names, or {@link #NONE} when it is unset (one machine). */
  public static QueueNotifier from(Map<String, String> env) {
    String url = env.get("OPSFLOW_INBOUND_QUEUE_URL");
    if (url == null || url.isBlank()) {
      return NONE;
    }
    return new SqsQueueNotifier(
        SqsClient.builder().httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build(), url.trim());
  }

  @Override
  public void recorded(InboundMessage message, Recorded recorded) {
    if (recorded.duplicate() || recorded.status() != InboundStatus.PENDING) {
      return;
    }
    String group = message.entityKey() != null ? message.entityKey() : recorded.executionName();
    try {
      sqs.sendMessage(b -> b.queueUrl(queueUrl)
          .messageBody("{\"id\":" + recorded.id() + "}")
          .messageGroupId(group.length() > 128 ? group.substring(0, 128) : group)
          .messageDeduplicationId(recorded.executionName()));
    } catch (SdkException e) {
      LOG.warn("Could not enqueue inbound message {} ({}); the sweep will process it: {}", recorded.id(), recorded.executionName(), e.getMessage());
    }
  }
}
