package dev.opsflow.shared.ingress;

import dev.opsflow.shared.customers.PhoneNumbers;
import dev.opsflow.shared.ingress.form.IntakeForm;
import dev.opsflow.shared.ingress.form.WebFormReceiver;
import dev.opsflow.shared.ingress.twilio.TwilioReceiver;
import dev.opsflow.shared.ingress.webhook.WebhookReceiver;
import dev.opsflow.shared.objectstore.ObjectStore;
import dev.opsflow.shared.secrets.SecretsPort;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingress front door behind the Function URL (and the node's HTTP port): routes by path, has the channel's
 * receiver check and normalise the message, records it durably and answers at once; the bus gets it later
 * ({@link InboundQueue}).
 *
 * <pre>
 * GET  /health               200 {"status":"ok"}
 * POST /webhooks/{source}    202 {"status":"accepted","id","execution_name","duplicate"}   signed, see WebhookSignature
 * POST /twilio/sms           200 empty TwiML                                                X-Twilio-Signature
 * POST /twilio/voice         200 empty TwiML (voicemail transcription callback)            X-Twilio-Signature
 * POST /forms/intake         202 as webhooks                                                validated fields
 * </pre>
 *
 * Errors are {@code {"error","message"}}: 401 bad or missing signature, 400 malformed (with the reason; a signed
 * but malformed webhook is also recorded as failed), 404, 405, 413 over the body limit, 415. A duplicate is
 * answered exactly like the first delivery.
 */
public final class IngressService {
  private static final Logger LOG = LoggerFactory.getLogger(IngressService.class);
  private static final Pattern WEBHOOK = Pattern.compile("/webhooks/([^/]+)/?");

  private final InboundStore store;
  private final QueueNotifier notifier;
  private final IngressSettings settings;
  private final WebhookReceiver webhooks;
  private final TwilioReceiver twilio;
  private final WebFormReceiver forms;

  public IngressService(
      InboundStore store, SecretsPort secrets, ObjectStore objects, QueueNotifier notifier, IngressSettings settings, PhoneNumbers phones,
      Clock clock) {
    this.store = store;
    this.notifier = notifier;
    this.settings = settings;
    this.webhooks = new WebhookReceiver(settings, secrets, objects, clock);
    this.twilio = new TwilioReceiver(settings, secrets, clock);
    this.forms = new WebFormReceiver(new IntakeForm(phones), clock);
  }

  public HttpAnswer handle(HttpInbound request) {
    try {
      return route(request);
    } catch (KeptRejection e) {
      Recorded kept = store.record(e.kept());
      LOG.info("Rejected and kept inbound message {} ({}): {}", kept.id(), kept.executionName(), e.getMessage());
      return e.answer();
    } catch (IngressException e) {
      LOG.info("Rejected {} {}: {} {}", request.method(), request.rawPath(), e.status(), e.getMessage());
      return e.answer();
    }
  }

  private HttpAnswer route(HttpInbound request) {
    String path = request.rawPath();
    if (path.equals("/health")) {
      return HttpAnswer.json(200, Map.of("status", "ok"));
    }
    Function<HttpInbound, HttpAnswer> post = postRoute(path);
    if (post == null) {
      throw IngressException.notFound("No such path: " + path);
    }
    if (!request.method().equals("POST")) {
      throw new IngressException(405, "method_not_allowed", path + " takes POST");
    }
    if (request.body().length > settings.maxBodyBytes()) {
      throw new IngressException(413, "payload_too_large", "The body is over " + settings.maxBodyBytes() + " bytes");
    }
    return post.apply(request);
  }

  private Function<HttpInbound, HttpAnswer> postRoute(String path) {
    Matcher webhook = WEBHOOK.matcher(path);
    if (webhook.matches()) {
      return r -> HttpAnswer.accepted(record(webhooks.receive(webhook.group(1), r)));
    }
    return switch (path) {
      case "/twilio/sms" -> r -> twiml(twilio.sms(r));
      case "/twilio/voice" -> r -> twiml(twilio.voicemail(r));
      case "/forms/intake" -> r -> HttpAnswer.accepted(record(forms.receive(r)));
      default -> null;
    };
  }

  private HttpAnswer twiml(InboundMessage message) {
    record(message);
    return HttpAnswer.twiml();
  }

  /** Records a message a channel delivered other than over HTTP (email) and tells the queue. */
  public Recorded record(InboundMessage message) {
    Recorded recorded = store.record(message);
    if (recorded.duplicate()) {
      LOG.debug("Duplicate inbound message {} ({})", recorded.id(), recorded.executionName());
    } else {
      notifier.recorded(message, recorded);
    }
    return recorded;
  }
}
