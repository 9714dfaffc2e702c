package dev.opsflow.fn.receiveinbound;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.ingress.HttpAnswer;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.ingress.IngressService;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.SqsQueueNotifier;
import dev.opsflow.shared.ingress.twilio.TwilioReceiver;
import dev.opsflow.shared.ingress.webhook.WebhookSources;
import dev.opsflow.shared.objectstore.ObjectStores;
import dev.opsflow.shared.secrets.Secrets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ingress Lambda behind a Function URL (and, on one machine, behind the node's HTTP port, which converts each
 * request to the same event): one call on {@link IngressService}, which routes by path, checks, records and
 * answers. Its secrets are scoped to {@code twilio} and the configured webhook sources' {@code webhook-<name>}.
 */
public final class ReceiveInboundHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final IngressService ingress;

  public ReceiveInboundHandler() {
    this(System.getenv());
  }

  public ReceiveInboundHandler(Map<String, String> env) {
    this(service(env, IngressSettings.from(env)));
  }

  ReceiveInboundHandler(IngressService ingress) {
    this.ingress = ingress;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    HttpAnswer answer = ingress.handle(FunctionUrlEvents.request(event));
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(answer.status())
        .withHeaders(Map.of("content-type", answer.contentType()))
        .withBody(answer.body())
        .withIsBase64Encoded(false)
        .build();
  }

  private static IngressService service(Map<String, String> env, IngressSettings settings) {
    List<String> integrations = new ArrayList<>(List.of(TwilioReceiver.INTEGRATION));
    settings.webhookSources().kinds().keySet().forEach(source -> integrations.add(WebhookSources.integration(source)));
    Clock clock = Clock.systemUTC();
    return new IngressService(
        new InboundStore(AppDatabase.get(), clock),
        Secrets.scoped(env, integrations.toArray(String[]::new)),
        ObjectStores.from(env),
        SqsQueueNotifier.from(env),
        settings,
        new PhoneNumbers(env.getOrDefault("OPSFLOW_PHONE_REGION", "US")),
        clock);
  }
}
