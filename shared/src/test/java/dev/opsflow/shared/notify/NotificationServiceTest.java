package dev.opsflow.shared.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox on real PostgreSQL and a real Slack webhook on WireMock: one send per key, retries after failures. */
class NotificationServiceTest {
  private static final String HOOK = "/services/T000/B000/XXXX";
  private static WireMockServer slack;
  private final NotificationStore store = new NotificationStore(TestPostgres.dataSource());

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
    TestPostgres.truncate("notifications");
  }

  private NotificationService slackService() {
    Notifier webhook = SlackNotifier.webhook(HttpClient.newHttpClient(), URI.create(slack.baseUrl() + HOOK));
    return new NotificationService(store, Map.of(NotifyChannel.SLACK, webhook));
  }

  private static Notification alert(String key) {
    return new Notification(key, "req-9", NotificationEvent.URGENT_REQUEST, NotifyChannel.SLACK, "#plumbing",
        "Urgent", "Burst pipe at 88 Elm Ave");
  }

  @Test
  void sameKeyTwice_sendsOnce() {
    // GIVEN Slack accepts messages
    slack.stubFor(post(HOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
    NotificationService service = slackService();

    // WHEN the notifying step runs and is retried
    NotificationRecord first = service.send(alert("exec#NotifyUrgent#slack"));
    NotificationRecord again = service.send(alert("exec#NotifyUrgent#slack"));

    // THEN Slack got one message and the row says sent
    slack.verify(1, postRequestedFor(urlEqualTo(HOOK)));
    assertThat(first.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(store.forRequest("req-9")).hasSize(1);
  }

  @Test
  void failedAttempt_isRecorded_andTheRetrySends() {
    // GIVEN Slack fails once, then accepts
    slack.stubFor(post(HOOK).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("service unavailable")).willSetStateTo("up"));
    slack.stubFor(post(HOOK).inScenario("flaky").whenScenarioStateIs("up").willReturn(aResponse().withStatus(200).withBody("ok")));
    NotificationService service = slackService();

    // WHEN the step fails, is retried, and retried once more
    assertThatThrownBy(() -> service.send(alert("exec#NotifyUrgent#slack"))).isInstanceOf(NotifierUnavailableException.class);
    NotificationRecord failed = store.find("exec#NotifyUrgent#slack").orElseThrow();
    NotificationRecord sent = service.send(alert("exec#NotifyUrgent#slack"));
    service.send(alert("exec#NotifyUrgent#slack"));

    // THEN the failure was kept with its reason, the retry sent it, and the last call sent nothing
    assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.error()).contains("503");
    assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    slack.verify(2, postRequestedFor(urlEqualTo(HOOK)));
  }

  @Test
  void attemptInFlight_makesAnOverlappingDuplicateWait() {
    // GIVEN another attempt holds the notification
    store.record(alert("exec#NotifyUrgent#slack"));
    store.claim("exec#NotifyUrgent#slack", Duration.ofMinutes(2));

    // WHEN a duplicate invocation sends the same key
    // THEN it sends nothing and fails retryably
    assertThatThrownBy(() -> slackService().send(alert("exec#NotifyUrgent#slack"))).isInstanceOf(NotificationInFlightException.class);
    slack.verify(0, postRequestedFor(urlEqualTo(HOOK)));
  }

  @Test
  void localDefault_capturesEveryChannelInTheOutbox_once() {
    // GIVEN the local node's capturing service
    NotificationService local = NotificationService.capturing(store);

    // WHEN an SMS and an email are sent, the SMS twice
    local.send(new Notification("exec#Confirm#sms", "req-9", NotificationEvent.CONFIRMATION, NotifyChannel.SMS,
        "+15557654321", null, "We got your request"));
    local.send(new Notification("exec#Confirm#sms", "req-9", NotificationEvent.CONFIRMATION, NotifyChannel.SMS,
        "+15557654321", null, "We got your request"));
    local.send(new Notification("exec#Confirm#email", "req-9", NotificationEvent.CONFIRMATION, NotifyChannel.EMAIL,
        "maria@example.com", "Request received", "We got your request"));

    // THEN the outbox shows two captured messages
    assertThat(store.recent(10)).hasSize(2).allSatisfy(n -> {
      assertThat(n.status()).isEqualTo(NotificationStatus.CAPTURED);
      assertThat(n.sentAt()).isNotNull();
    });
  }

  @Test
  void channelWithoutNotifier_isRejected_andRecordedAsFailed() {
    Notification sms = new Notification("exec#X#sms", null, NotificationEvent.OPERATOR_ALERT, NotifyChannel.SMS,
        "+13125550199", null, "Execution failed");
    assertThatThrownBy(() -> slackService().send(sms)).isInstanceOf(NotificationRejectedException.class).hasMessageContaining("sms");
    assertThat(store.find("exec#X#sms")).get().extracting(NotificationRecord::status).isEqualTo(NotificationStatus.FAILED);
  }
}
