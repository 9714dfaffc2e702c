package dev.opsflow.fn.processinbound;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.ingress.EventBridgePublisher;
import dev.opsflow.shared.ingress.InboundPublisher;
import dev.opsflow.shared.ingress.InboundQueue;
import dev.opsflow.shared.ingress.IngressSettings;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Publishes recorded inbound messages to EventBridge (AWS shape; on one machine the node's workers do it). Two
 * triggers: the inbound SQS FIFO queue ({@code {"Records": [{"messageId", "body": "{\"id\": N}"}]}}), answered
 * with SQS's partial batch response so a message waiting for an older one of its entity, or to be retried, comes
 * back; and a schedule (any other event), which drains whatever is due, so a message whose SQS send failed is
 * still processed. Each message is processed at most once per row state, so SQS redeliveries are harmless.
 */
public final class ProcessInboundHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final SqsBatch batch;

  public ProcessInboundHandler() {
    this(System.getenv());
  }

  public ProcessInboundHandler(Map<String, String> env) {
    this(IngressSettings.from(env));
  }

  private ProcessInboundHandler(IngressSettings settings) {
    this(publisher(settings), settings);
  }

  ProcessInboundHandler(InboundPublisher publisher, IngressSettings settings) {
    this.batch = new SqsBatch(new InboundQueue(AppDatabase.get(), Clock.systemUTC(), publisher, settings));
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    long deadline = System.currentTimeMillis() + (context == null ? 60_000 : Math.max(0, context.getRemainingTimeInMillis() - 5_000));
    return event.containsKey("Records") ? batch.process(event) : batch.sweep(deadline);
  }

  /** EventBridge from the Lambda's region and role, built on first use (the node loads this handler without AWS settings). */
  private static InboundPublisher publisher(IngressSettings settings) {
    return new InboundPublisher() {
      private volatile InboundPublisher delegate;

      @Override
      public java.util.List<dev.opsflow.shared.ingress.PublishResult> publish(java.util.List<dev.opsflow.shared.ingress.Publication> publications) {
        if (delegate == null) {
          synchronized (this) {
            if (delegate == null) {
              delegate = new EventBridgePublisher(EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), settings.eventBus());
            }
          }
        }
        return delegate.publish(publications);
      }
    };
  }
}
