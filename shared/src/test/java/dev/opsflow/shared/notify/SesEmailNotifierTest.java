package dev.opsflow.shared.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The real SES v2 client against WireMock: the SendEmail request it sends and the answers it maps. */
class SesEmailNotifierTest {
  private static final String OUTBOUND = "/v2/email/outbound-emails";
  private static WireMockServer aws;
  private static SesV2Client ses;
  private final Notification confirmation = new Notification("exec#SendConfirmation#email", "req-1",
      NotificationEvent.CONFIRMATION, NotifyChannel.EMAIL, "maria@example.com",
      "We got your request", "Hi Maria, a plumber will call you today.");

  @BeforeAll
  static void start() {
    aws = new WireMockServer(options().dynamicPort());
    aws.start();
    ses = AwsClients.ses(aws.baseUrl());
  }

  @AfterAll
  static void stop() {
    ses.close();
    aws.stop();
  }

  @BeforeEach
  void reset() {
    aws.resetAll();
  }

  @Test
  void email_isSentAsASimpleMessage_fromTheVerifiedSender() {
    // GIVEN SES accepts the message
    aws.stubFor(post(OUTBOUND).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"MessageId\":\"0100018c-example-000000\"}")));

    // WHEN the confirmation is sent
    Delivery delivery = new SesEmailNotifier(ses, "service@ridgelinehome.example", "opsflow").send(confirmation);

    // THEN SES got a signed SendEmail with the destination, subject, text body and event tag
    assertThat(delivery).isEqualTo(Delivery.sent("0100018c-example-000000"));
    aws.verify(postRequestedFor(urlEqualTo(OUTBOUND))
        .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/us-east-1/ses/aws4_request.*"))
        .withRequestBody(equalToJson("""
            {"FromEmailAddress":"service@ridgelinehome.example",
             "Destination":{"ToAddresses":["maria@example.com"]},
             "Content":{"Simple":{"Subject":{"Data":"We got your request","Charset":"UTF-8"},
                                  "Body":{"Text":{"Data":"Hi Maria, a plumber will call you today.","Charset":"UTF-8"}}}},
             "ConfigurationSetName":"opsflow",
             "EmailTags":[{"Name":"opsflow-event","Value":"confirmation"}]}""")));
  }

  @Test
  void unverifiedSender_isRejected() {
    // GIVEN SES refuses the sender (400 MessageRejected)
    aws.stubFor(post(OUTBOUND).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withHeader("x-amzn-ErrorType", "MessageRejected")
        .withBody("{\"message\":\"Email address is not verified. The following identities failed the check in region US-EAST-1: service@ridgelinehome.example\"}")));

    // WHEN / THEN the failure is not retryable and says why
    assertThatThrownBy(() -> new SesEmailNotifier(ses, "service@ridgelinehome.example", null).send(confirmation))
        .isInstanceOf(NotificationRejectedException.class)
        .hasMessageContaining("MessageRejected").hasMessageContaining("not verified");
    aws.verify(postRequestedFor(urlEqualTo(OUTBOUND)).withRequestBody(containing("\"FromEmailAddress\"")));
  }

  @Test
  void throttling_isRetryable() {
    aws.stubFor(post(OUTBOUND).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withHeader("x-amzn-ErrorType", "TooManyRequestsException").withBody("{\"message\":\"Too many requests\"}")));

    assertThatThrownBy(() -> new SesEmailNotifier(ses, "service@ridgelinehome.example", null).send(confirmation))
        .isInstanceOf(NotifierUnavailableException.class).hasMessageContaining("429");
  }
}
