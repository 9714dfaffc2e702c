package dev.opsflow.fn.sendwelcomeemail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.onboarding.WelcomeEmail;
import dev.opsflow.shared.onboarding.WelcomeEmailSender;
import java.util.Map;

/**
 * Sends the client the welcome email, once per execution (the notification key is the execution and state),
 * through the notification service (SES in AWS, the captured outbox locally), ledgered before it is handed over.
 */
public final class SendWelcomeEmailHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final WelcomeEmailSender sender;

  public SendWelcomeEmailHandler() {
    this(System.getenv());
  }

  public SendWelcomeEmailHandler(Map<String, String> env) {
    this(WelcomeEmailSender.fromEnvironment(env));
  }

  public SendWelcomeEmailHandler(WelcomeEmailSender sender) {
    this.sender = sender;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    SendWelcomeEmailInput input = Json.MAPPER.convertValue(event, SendWelcomeEmailInput.class);
    WelcomeEmail email = WelcomeEmail.compose(input.step(), input.contract(), input.slackStatus(), input.driveFolderUrl());
    NotificationRecord sent = sender.send(email);
    return Json.MAPPER.convertValue(new SendWelcomeEmailOutput(sent.id(), sent.status().wireName(), email.to()), MAP);
  }
}
