package dev.opsflow.shared.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's incoming webhooks and chat.postMessage as documented, served by WireMock. */
class SlackNotifierTest {
  private static final String HOOK = "/services/T000/B000/XXXX";
  private static WireMockServer slack;
  private final Notification review = new Notification("exec#NotifyReview#slack", "req-7", NotificationEvent.REVIEW_NEEDED,
      NotifyChannel.SLACK, "#dispatch", "Review needed", "req-7 lacks an address");

  @BeforeAll
  static void start() {
    slack = new WireMockServer(options().dynamicPort());
    slack.start();
  }

  @AfterAll
  static void stop() {
    slack.stop();
  }

  @BeforeEach
  void reset() {
    slack.resetAll();
  }

  private SlackNotifier webhook() {
    return SlackNotifier.webhook(HttpClient.newHttpClient(), URI.create(slack.baseUrl() + HOOK));
  }

  private SlackNotifier api() {
    return SlackNotifier.botToken(HttpClient.newHttpClient(), URI.create(slack.baseUrl() + "/api/"), "xoxb-test");
  }

  @Test
  void webhook_postsTheTextWithTheSubjectInBold() {
    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(200).withBody("ok")));

    Delivery delivery = webhook().send(review);

    assertThat(delivery.status()).isEqualTo(NotificationStatus.SENT);
    slack.verify(postRequestedFor(urlEqualTo(HOOK)).withRequestBody(equalToJson("{\"text\":\"*Review needed*\\nreq-7 lacks an address\"}")));
  }

  @Test
  void webhookRemoved_isRejected_andRateLimit_isRetryable() {
    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(404).withBody("no_service")));
    assertThatThrownBy(() -> webhook().send(review)).isInstanceOf(NotificationRejectedException.class).hasMessageContaining("no_service");

    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30").withBody("rate_limited")));
    assertThatThrownBy(() -> webhook().send(review)).isInstanceOf(NotifierUnavailableException.class);
  }

  @Test
  void postMessage_sendsToTheRecipientChannel_withTheBotToken() {
    slack.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"ok\":true,\"channel\":\"C123ABC456\",\"ts\":\"1503435956.000247\",\"message\":{\"text\":\"x\",\"type\":\"message\"}}")));

    Delivery delivery = api().send(review);

    assertThat(delivery).isEqualTo(Delivery.sent("C123ABC456/1503435956.000247"));
    slack.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
        .withHeader("Authorization", equalTo("Bearer xoxb-test"))
        .withRequestBody(equalToJson("{\"channel\":\"#dispatch\",\"text\":\"*Review needed*\\nreq-7 lacks an address\"}")));
  }

  @Test
  void postMessageError_inA200_isRejectedOrRetryableByItsCode() {
    slack.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"ok\":false,\"error\":\"channel_not_found\"}")));
    assertThatThrownBy(() -> api().send(review)).isInstanceOf(NotificationRejectedException.class).hasMessageContaining("channel_not_found");

    slack.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"ok\":false,\"error\":\"internal_error\"}")));
    assertThatThrownBy(() -> api().send(review)).isInstanceOf(NotifierUnavailableException.class);
  }
}
