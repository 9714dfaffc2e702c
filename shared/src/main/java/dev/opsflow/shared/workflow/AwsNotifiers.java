package dev.opsflow.shared.workflow;

import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.notify.Notifier;
import dev.opsflow.shared.notify.SesEmailNotifier;
import dev.opsflow.shared.notify.SlackNotifier;
import dev.opsflow.shared.notify.SnsSmsNotifier;
import dev.opsflow.shared.secrets.Secrets;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The real providers: email through SES from {@code OPSFLOW_EMAIL_FROM} (configuration set
 * {@code OPSFLOW_SES_CONFIGURATION_SET}, optional), SMS through SNS (sender id {@code OPSFLOW_SMS_SENDER_ID},
 * optional), Slack through the incoming webhook in the {@code slack} integration secret ({@code webhook_url}, read
 * through the {@link Secrets} store the environment names). The SES and SNS SDK modules
 * are optional in shared: a function module that may run with {@code OPSFLOW_NOTIFIER=aws} declares
 * {@code sesv2}, {@code sns} and {@code url-connection-client}.
 */
final class AwsNotifiers {
  private AwsNotifiers() {}

  static Map<NotifyChannel, Notifier> from(Map<String, String> env) {
    Map<NotifyChannel, Notifier> notifiers = new EnumMap<>(NotifyChannel.class);
    notifiers.put(NotifyChannel.EMAIL, new SesEmailNotifier(
        SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        StepWiring.required(env, "OPSFLOW_EMAIL_FROM"), env.get("OPSFLOW_SES_CONFIGURATION_SET")));
    notifiers.put(NotifyChannel.SMS, new SnsSmsNotifier(
        SnsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(), env.get("OPSFLOW_SMS_SENDER_ID")));
    notifiers.put(NotifyChannel.SLACK, SlackNotifier.webhook(
        HttpClient.newHttpClient(), URI.create(Secrets.scoped(env, "slack").get("slack").require("webhook_url"))));
    return notifiers;
  }
}
