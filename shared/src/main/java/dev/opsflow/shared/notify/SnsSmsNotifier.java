package dev.opsflow.shared.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * SMS through Amazon SNS ({@code Publish} with {@code PhoneNumber}, E.164), sent as {@code Transactional} so
 * carriers deliver it promptly and it is not dropped as marketing. {@code senderId} (may be null) is shown where
 * carriers allow it. The function module that uses it declares {@code software.amazon.awssdk:sns}.
 */
public final class SnsSmsNotifier implements Notifier {
  private final SnsClient sns;
  private final String senderId;

  public SnsSmsNotifier(SnsClient sns, String senderId) {
    this.sns = sns;
    this.senderId = senderId;
  }

  @Override
  public Delivery send(Notification notification) {
    Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("AWS.SNS.SMS.SMSType", text("Transactional"));
    if (senderId != null) {
      attributes.put("AWS.SNS.SMS.SenderID", text(senderId));
    }
    PublishRequest request = PublishRequest.builder()
        .phoneNumber(notification.recipient())
        .message(notification.body())
        .messageAttributes(attributes)
        .build();
    try {
      return Delivery.sent(sns.publish(request).messageId());
    } catch (SdkException e) {
      throw AwsFailures.translate("SNS Publish to " + notification.recipient(), e);
    }
  }

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
