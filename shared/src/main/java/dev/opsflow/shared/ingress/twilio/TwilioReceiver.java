package dev.opsflow.shared.ingress.twilio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.ExecutionNames;
import dev.opsflow.shared.ingress.HttpInbound;
import dev.opsflow.shared.ingress.InboundKind;
import dev.opsflow.shared.ingress.InboundMessage;
import dev.opsflow.shared.ingress.IngressException;
import dev.opsflow.shared.ingress.IngressSettings;
import dev.opsflow.shared.ingress.IntakeRequests;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.secrets.SecretNotFoundException;
import dev.opsflow.shared.secrets.SecretsPort;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Twilio's webhooks: an incoming SMS ({@code /twilio/sms}: {@code MessageSid}, {@code From}, {@code To}, {@code
 * Body}, {@code NumMedia}, {@code MediaUrl<n>}) and a voicemail's transcription callback ({@code /twilio/voice}:
 * {@code TranscriptionSid}, {@code TranscriptionText}, {@code TranscriptionStatus}, {@code CallSid}, {@code
 * RecordingUrl}, {@code From}). Both are form posts signed with {@code X-Twilio-Signature} ({@link
 * TwilioSignature}) using the auth token of integration {@code twilio} ({@code auth_token}). The message id is
 * {@code MessageSid}, or {@code TranscriptionSid} (else {@code CallSid}) for a voicemail.
 */
public final class TwilioReceiver {
  public static final String INTEGRATION = "twilio";

  private final IngressSettings settings;
  private final SecretsPort secrets;
  private final Clock clock;

  public TwilioReceiver(IngressSettings settings, SecretsPort secrets, Clock clock) {
    this.settings = settings;
    this.secrets = secrets;
    this.clock = clock;
  }

  public InboundMessage sms(HttpInbound request) {
    FormBody form = verified(request);
    String sid = form.first("MessageSid").or(() -> form.first("SmsSid")).orElseThrow(() -> IngressException.malformed("MessageSid is missing"));
    String from = form.first("From").orElseThrow(() -> IngressException.malformed("From is missing"));
    Instant now = clock.instant();
    String executionName = ExecutionNames.of(Channel.SMS, sid);
    ObjectNode intake = IntakeRequests.request(
        executionName, Channel.SMS, sid, new IntakeRequests.From(from, null, null), null, form.first("Body").orElse(""), now, List.of());
    ArrayNode media = intake.putArray("media_urls");
    int count = Integer.parseInt(form.first("NumMedia").filter(n -> n.matches("\\d{1,2}")).orElse("0"));
    for (int i = 0; i < count; i++) {
      form.first("MediaUrl" + i).ifPresent(media::add);
    }
    return message(Channel.SMS, sid, intake, now, form);
  }

  public InboundMessage voicemail(HttpInbound request) {
    FormBody form = verified(request);
    String sid = form.first("TranscriptionSid").or(() -> form.first("CallSid"))
        .orElseThrow(() -> IngressException.malformed("TranscriptionSid and CallSid are missing"));
    Instant now = clock.instant();
    String text = "completed".equals(form.first("TranscriptionStatus").orElse("completed")) ? form.first("TranscriptionText").orElse("") : "";
    ObjectNode intake = IntakeRequests.request(
        ExecutionNames.of(Channel.VOICEMAIL, sid), Channel.VOICEMAIL, sid, new IntakeRequests.From(form.first("From").orElse(null), null, null),
        null, text, now, List.of());
    form.first("RecordingUrl").ifPresent(url -> intake.put("recording_url", url));
    form.first("TranscriptionStatus").ifPresent(status -> intake.put("transcription_status", status));
    return message(Channel.VOICEMAIL, sid, intake, now, form);
  }

  private FormBody verified(HttpInbound request) {
    if (!request.mediaType().equals("application/x-www-form-urlencoded")) {
      throw new IngressException(415, "unsupported_media_type", "Twilio webhooks are application/x-www-form-urlencoded");
    }
    String signature = request.header(TwilioSignature.HEADER).orElseThrow(() -> IngressException.unauthorized("Missing " + TwilioSignature.HEADER + " header"));
    FormBody form;
    try {
      form = FormBody.parse(request.bodyText());
    } catch (IllegalArgumentException e) {
      throw IngressException.malformed("The form body cannot be decoded: " + e.getMessage());
    }
    String token;
    try {
      token = secrets.get(INTEGRATION).require("auth_token");
    } catch (SecretNotFoundException e) {
      org.slf4j.LoggerFactory.getLogger(TwilioReceiver.class).error("No Twilio auth token: {}", e.getMessage());
      throw IngressException.unauthorized("Signature cannot be checked");
    }
    if (!TwilioSignature.isValid(token, signature, request.url(settings.publicUrl()), form.pairs())) {
      throw IngressException.unauthorized(TwilioSignature.HEADER + " does not match the URL and parameters");
    }
    return form;
  }

  private static InboundMessage message(Channel channel, String sid, ObjectNode request, Instant now, FormBody form) {
    Map<String, String> kept = new TreeMap<>();
    form.firstValues().forEach((name, value) -> {
      if (name.equals("AccountSid") || name.equals("CallSid") || name.equals("To") || name.equals("From") || name.equals("ApiVersion")) {
        kept.put("twilio-" + name, value);
      }
    });
    String body = Json.write(request);
    return new InboundMessage(channel, "twilio", sid, InboundKind.INTAKE, null, now, kept, body, null, body.length(), null);
  }
}
