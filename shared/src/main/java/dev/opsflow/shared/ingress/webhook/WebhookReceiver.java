package dev.opsflow.shared.ingress.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.ingress.Bodies;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.ExecutionNames;
import dev.opsflow.shared.ingress.HttpInbound;
import dev.opsflow.shared.ingress.InboundKind;
import dev.opsflow.shared.ingress.InboundMessage;
import dev.opsflow.shared.ingress.IngressException;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.KeptRejection;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.objectstore.ObjectKeys;
import dev.opsflow.shared.objectstore.ObjectStore;
import dev.opsflow.shared.secrets.IntegrationSecret;
import dev.opsflow.shared.secrets.SecretNotFoundException;
import dev.opsflow.shared.secrets.SecretsPort;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /webhooks/{source}}: a machine source's signed webhook. Checks, in this order: the source is
 * configured (404), the signature and timestamp ({@link WebhookSignature}, 401), then the message: a JSON object
 * body and an {@value #EVENT_ID_HEADER} (400, the message kept as failed). {@value #ENTITY_KEY_HEADER}, when
 * sent by an {@code events} source, orders that entity's events. An {@code intake} source's body is a service
 * request ({@link WebhookRequests}); a {@code contract} source's is a signed contract ({@link SignedContracts}),
 * kept whole and named {@code contract-<id>}.
 */
public final class WebhookReceiver {
  public static final String EVENT_ID_HEADER = "X-Opsflow-Event-Id";
  public static final String ENTITY_KEY_HEADER = "X-Opsflow-Entity-Key";
  private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private final IngressSettings settings;
  private final SecretsPort secrets;
  private final ObjectStore objects;
  private final Clock clock;

  public WebhookReceiver(IngressSettings settings, SecretsPort secrets, ObjectStore objects, Clock clock) {
    this.settings = settings;
    this.secrets = secrets;
    this.objects = objects;
    this.clock = clock;
  }

  public InboundMessage receive(String source, HttpInbound request) {
    InboundKind kind = settings.webhookSources().kindOf(source)
        .orElseThrow(() -> IngressException.notFound("Unknown webhook source '" + source + "'"));
    Instant now = clock.instant();
    WebhookSignature.verify(
        secretsOf(source), request.header(WebhookSignature.TIMESTAMP_HEADER), request.header(WebhookSignature.SIGNATURE_HEADER), request.body(), now,
        settings.replayWindow());
    String text = request.bodyText();
    String eventId = request.header(EVENT_ID_HEADER).map(String::trim).orElse(null);
    String sourceId = source + ":" + (eventId != null && PRINTABLE.matcher(eventId).matches() ? eventId : "sha256-" + sha256(text));
    Map<String, String> headers = keptHeaders(request);
    JsonNode body;
    try {
      body = Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw reject(source, sourceId, kind, now, headers, text, "The body is not JSON: " + e.getMessage());
    }
    if (!body.isObject()) {
      throw reject(source, sourceId, kind, now, headers, text, "The body must be a JSON object");
    }
    if (eventId == null || !PRINTABLE.matcher(eventId).matches()) {
      throw reject(source, sourceId, kind, now, headers, text, EVENT_ID_HEADER + " must be 1 to 200 printable characters without spaces");
    }
    String executionName = ExecutionNames.of(Channel.WEBHOOK, sourceId);
    if (kind == InboundKind.INTAKE) {
      String payload;
      try {
        payload = Json.write(WebhookRequests.request(executionName, sourceId, body, now, objects));
      } catch (IllegalArgumentException e) {
        throw reject(source, sourceId, kind, now, headers, text, e.getMessage());
      }
      return new InboundMessage(Channel.WEBHOOK, source, sourceId, kind, null, now, headers, payload, null, payload.length(), null);
    }
    if (kind == InboundKind.CONTRACT) {
      return contract(source, sourceId, body, now, headers, text);
    }
    String entityKey = request.header(ENTITY_KEY_HEADER).map(k -> source + ":" + k.trim()).orElse(null);
    Bodies.Placed placed = Bodies.place(
        text, settings.inlineLimitBytes(), objects, ObjectKeys.of("inbound", "webhook", source, executionName + ".json"), "application/json");
    return new InboundMessage(Channel.WEBHOOK, source, sourceId, kind, entityKey, now, headers, placed.body(), placed.bodyRef(), placed.size(), null);
  }

  /** A signed contract, kept as sent (inline: the processor publishes it) and named after the contract. */
  private InboundMessage contract(String source, String sourceId, JsonNode body, Instant now, Map<String, String> headers, String text) {
    ObjectNode contract;
    try {
      contract = SignedContracts.contract(body);
    } catch (IllegalArgumentException e) {
      throw reject(source, sourceId, InboundKind.CONTRACT, now, headers, text, e.getMessage());
    }
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > settings.inlineLimitBytes()) {
      throw reject(source, sourceId, InboundKind.CONTRACT, now, headers, text, "A contract webhook must be at most " + settings.inlineLimitBytes() + " bytes");
    }
    return new InboundMessage(
        Channel.WEBHOOK, source, sourceId, InboundKind.CONTRACT, null, now, headers, text, null, size, null, SignedContracts.executionName(contract));
  }

  private List<String> secretsOf(String source) {
    IntegrationSecret secret;
    try {
      secret = secrets.get(WebhookSources.integration(source));
    } catch (SecretNotFoundException e) {
      // A configured source without a secret can authenticate nobody: refuse, and say why in the log, not to the caller.
      org.slf4j.LoggerFactory.getLogger(WebhookReceiver.class).error("Webhook source {} has no signing secret: {}", source, e.getMessage());
      throw IngressException.unauthorized("Signature cannot be checked for source '" + source + "'");
    }
    List<String> all = new ArrayList<>();
    all.add(secret.require("signing_secret"));
    String previous = secret.values().get("previous_signing_secret");
    if (previous != null && !previous.isBlank()) {
      all.add(previous);
    }
    return all;
  }

  private KeptRejection reject(
      String source, String sourceId, InboundKind kind, Instant now, Map<String, String> headers, String text, String reason) {
    Bodies.Placed placed = Bodies.place(
        text, settings.inlineLimitBytes(), objects,
        ObjectKeys.of("inbound", "webhook", source, ExecutionNames.of(Channel.WEBHOOK, sourceId) + ".rejected"), "application/octet-stream");
    return new KeptRejection(reason, new InboundMessage(
        Channel.WEBHOOK, source, sourceId, kind, null, now, headers, placed.body(), placed.bodyRef(), placed.size(), reason));
  }

  private static Map<String, String> keptHeaders(HttpInbound request) {
    Map<String, String> kept = new java.util.TreeMap<>();
    request.headers().forEach((name, value) -> {
      if (name.startsWith("x-opsflow-") || name.equals("content-type") || name.equals("user-agent")) {
        kept.put(name, value);
      }
    });
    return kept;
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
