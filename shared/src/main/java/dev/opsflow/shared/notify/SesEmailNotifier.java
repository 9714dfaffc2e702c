package dev.opsflow.shared.notify;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/**
 * Email through Amazon SES (API v2 {@code SendEmail}): a plain-text simple message from a verified sender.
 * {@code configurationSet} (may be null) names the SES configuration set that records bounces and complaints.
 * The function module that uses it declares {@code software.amazon.awssdk:sesv2}.
 */
public final class SesEmailNotifier implements Notifier {
  private final SesV2Client ses;
  private final String fromAddress;
  private final String configurationSet;

  public SesEmailNotifier(SesV2Client ses, String fromAddress, String configurationSet) {
    this.ses = ses;
    this.fromAddress = fromAddress;
    this.configurationSet = configurationSet;
  }

  @Override
  public Delivery send(Notification notification) {
    SendEmailRequest request = SendEmailRequest.builder()
        .fromEmailAddress(fromAddress)
        .destination(d -> d.toAddresses(notification.recipient()))
        .content(c -> c.simple(m -> m
            .subject(s -> s.data(notification.subject() == null ? "" : notification.subject()).charset("UTF-8"))
            .body(b -> b.text(t -> t.data(notification.body()).charset("UTF-8")))))
        .configurationSetName(configurationSet)
        .emailTags(MessageTag.builder().name("opsflow-event").value(notification.event().wireName()).build())
        .build();
    try {
      SendEmailResponse response = ses.sendEmail(request);
      return Delivery.sent(response.messageId());
    } catch (SdkException e) {
      throw AwsFailures.translate("SES SendEmail to " + notification.recipient(), e);
    }
  }
}
