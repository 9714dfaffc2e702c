package dev.opsflow.fn.parseinboundemail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.ingress.InboundStore;
import dev.opsflow.shared.ingress.IngressService;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.Recorded;
import dev.opsflow.shared.ingress.SqsQueueNotifier;
import dev.opsflow.shared.ingress.email.InboundEmails;
import dev.opsflow.shared.objectstore.ObjectStore;
import dev.opsflow.shared.objectstore.ObjectStores;
import dev.opsflow.shared.objectstore.S3ObjectStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Inbound email, after SES's receipt rule stored the raw message in S3: invoked by the bucket's S3 event (or by
 * the receipt rule's Lambda action, an SES event naming the message id under {@code OPSFLOW_EMAIL_PREFIX}), it
 * reads each raw message ({@link RawEmails}), parses it, writes the attachments to the object store and records
 * the request once per Message-ID ({@link InboundEmails}). Returns what it recorded: {@code {"recorded": [{"id",
 * "execution_name", "duplicate"}]}}. A message that is not MIME is recorded as failed, visible to operators.
 */
public final class ParseInboundEmailHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private final IngressService ingress;
  private final InboundEmails emails;
  private final Function<String, ObjectStore> rawStores;
  private final String sesBucket;
  private final String sesPrefix;

  public ParseInboundEmailHandler() {
    this(System.getenv());
  }

  public ParseInboundEmailHandler(Map<String, String> env) {
    this(service(env), ObjectStores.from(env), rawStores(env), env.get("OPSFLOW_EMAIL_BUCKET"), env.getOrDefault("OPSFLOW_EMAIL_PREFIX", ""));
  }

  ParseInboundEmailHandler(IngressService ingress, ObjectStore objects, Function<String, ObjectStore> rawStores, String sesBucket, String sesPrefix) {
    this.ingress = ingress;
    this.emails = new InboundEmails(objects, Clock.systemUTC());
    this.rawStores = rawStores;
    this.sesBucket = sesBucket;
    this.sesPrefix = sesPrefix;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    List<Map<String, Object>> recorded = new ArrayList<>();
    for (RawEmails.Location location : RawEmails.locations(event, sesBucket, sesPrefix)) {
      byte[] raw = rawStores.apply(location.bucket()).get(location.key());
      Recorded r = ingress.record(emails.messageOrFailure(raw, location.fallbackId(), location.toString()));
      recorded.add(Map.of("id", r.id(), "execution_name", r.executionName(), "duplicate", r.duplicate()));
    }
    return Map.of("recorded", recorded);
  }

  private static IngressService service(Map<String, String> env) {
    Clock clock = Clock.systemUTC();
    // Email needs no secrets and no phone parsing: the service is used only to record and enqueue.
    return new IngressService(
        new InboundStore(AppDatabase.get(), clock), integration -> {
          throw new IllegalStateException("parse-inbound-email uses no secrets");
        }, ObjectStores.from(env), SqsQueueNotifier.from(env), IngressSettings.from(env), dev.opsflow.shared.customers.PhoneNumbers.us(), clock);
  }

  /** In AWS the raw message is in the event's bucket; on one machine, in the node's object store. */
  private static Function<String, ObjectStore> rawStores(Map<String, String> env) {
    if (env.get("OPSFLOW_OBJECT_BUCKET") == null || env.get("OPSFLOW_OBJECT_BUCKET").isBlank()) {
      ObjectStore local = ObjectStores.from(env);
      return bucket -> local;
    }
    software.amazon.awssdk.services.s3.S3Client s3 = software.amazon.awssdk.services.s3.S3Client.builder()
        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();
    return bucket -> new S3ObjectStore(s3, bucket, "");
  }
}
