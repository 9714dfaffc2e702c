package dev.opsflow.shared.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

/** The real SNS client against WireMock: the query-protocol Publish it sends and the XML answers it maps. */
class SnsSmsNotifierTest {
  private static WireMockServer aws;
  private static SnsClient sns;
  private final Notification urgent = new Notification("exec#NotifyUrgent#+13125550111", "req-1",
      NotificationEvent.URGENT_REQUEST, NotifyChannel.SMS, "+13125550111", null,
      "URGENT plumbing: burst pipe at 88 Elm Ave. Call +15557654321");

  @BeforeAll
  static void start() {
    aws = new WireMockServer(options().dynamicPort());
    aws.start();
    sns = AwsClients.sns(aws.baseUrl());
  }

  @AfterAll
  static void stop() {
    sns.close();
    aws.stop();
  }

  @BeforeEach
  void reset() {
    aws.resetAll();
  }

  @Test
  void sms_isPublishedToThePhoneNumber_asTransactional() {
    // GIVEN SNS accepts the message
    aws.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
        <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
          <PublishResult><MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult>
          <ResponseMetadata><RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId></ResponseMetadata>
        </PublishResponse>""")));

    // WHEN the urgent alert is sent
    Delivery delivery = new SnsSmsNotifier(sns, "Ridgeline").send(urgent);

    // THEN SNS got Action=Publish with the number, the text and the SMS attributes
    assertThat(delivery).isEqualTo(Delivery.sent("94f20ce6-13c5-43a0-9a9e-ca52d816e90b"));
    aws.verify(postRequestedFor(urlEqualTo("/"))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(containing("Action=Publish"))
        .withRequestBody(containing("Version=2010-03-31"))
        .withRequestBody(containing("PhoneNumber=%2B13125550111"))
        .withRequestBody(containing("Message=URGENT+plumbing%3A+burst+pipe"))
        .withRequestBody(containing("MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType"))
        .withRequestBody(containing("MessageAttributes.entry.1.Value.StringValue=Transactional"))
        .withRequestBody(containing("MessageAttributes.entry.2.Value.StringValue=Ridgeline")));
  }

  @Test
  void invalidNumber_isRejected() {
    // GIVEN SNS refuses the number (400 InvalidParameter)
    aws.stubFor(post("/").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml").withBody("""
        <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
          <Error><Type>Sender</Type><Code>InvalidParameter</Code>
            <Message>Invalid parameter: PhoneNumber Reason: +1312 is not valid to publish to</Message></Error>
          <RequestId>7a2b4c1d-0000-0000-0000-000000000000</RequestId>
        </ErrorResponse>""")));

    // WHEN / THEN the failure is not retryable and carries SNS's reason
    assertThatThrownBy(() -> new SnsSmsNotifier(sns, null).send(urgent))
        .isInstanceOf(NotificationRejectedException.class)
        .hasMessageContaining("InvalidParameter").hasMessageContaining("not valid to publish to");
  }

  @Test
  void throttled_isRetryable() {
    aws.stubFor(post("/").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "text/xml").withBody("""
        <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
          <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>
          <RequestId>7a2b4c1d-0000-0000-0000-000000000001</RequestId>
        </ErrorResponse>""")));

    assertThatThrownBy(() -> new SnsSmsNotifier(sns, null).send(urgent)).isInstanceOf(NotifierUnavailableException.class);
  }
}
