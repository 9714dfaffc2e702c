package dev.opsflow.shared.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.config.ConfigLoader;
import dev.opsflow.shared.config.NotificationPolicy;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.notify.CapturingNotifier;
import dev.opsflow.shared.notify.NotificationRecord;
import dev.opsflow.shared.notify.NotificationService;
import dev.opsflow.shared.notify.NotificationStore;
import dev.opsflow.shared.notify.SlackNotifier;
import dev.opsflow.shared.outbox.NotificationPublisher;
import dev.opsflow.shared.outbox.OutboxEvent;
import dev.opsflow.shared.outbox.OutboxRelay;
import dev.opsflow.shared.outbox.RelayPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operator alerts end to end on real PostgreSQL: an incident raised (twice) becomes one outbox event, which the
 * relay delivers through the notification service to the operator-alert route of the shipped config (Slack on a
 * WireMock webhook, email captured), once, with a link to the request in the dashboard.
 */
class IncidentsTest {
  private static final String HOOK = "/services/T000/B000/OPS";
  private static WireMockServer slack;
  private final DataSource dataSource = TestPostgres.dataSource();
  private final Incidents incidents = new Incidents(dataSource, new AlertLinks("https://ops.example.com/"), Clock.systemUTC());

  @BeforeAll
  static void startSlack() {
    slack = new WireMockServer(options().dynamicPort());
    slack.start();
  }

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }

  @BeforeEach
  void reset() {
    slack.resetAll();
    slack.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
    TestPostgres.truncate("alert_incidents", "outbox", "notifications");
  }

  private OutboxRelay relay() {
    NotificationPolicy policy = ConfigLoader.fromDirectory(Path.of("..", "config")).notifications();
    NotificationStore store = new NotificationStore(dataSource);
    NotificationService notifications = new NotificationService(store, Map.of(
        NotifyChannel.SLACK, SlackNotifier.webhook(HttpClient.newHttpClient(), URI.create(slack.baseUrl() + HOOK)),
        NotifyChannel.EMAIL, new CapturingNotifier(store)));
    return new OutboxRelay(dataSource, Map.of(OutboxEvent.NOTIFY, new NotificationPublisher(notifications, policy)),
        RelayPolicy.defaults(), Clock.systemUTC());
  }

  @Test
  void sameIncidentRaisedTwice_alertsOperatorsOnceOnEveryChannelWithALink() {
    // GIVEN a failed intake execution, reported by the step that saw it and again by a retry
    Incident failed = Incident.executionFailed(
        "arn:aws:states:us-east-1:111111111111:execution:opsflow-service-intake:sms-SM123", "opsflow-service-intake",
        "FAILED", "dev.opsflow.shared.db.StoreException", "connection refused", "req-42", 57);

    // WHEN it is raised twice and the relay runs (twice, as a redelivery would)
    boolean first = incidents.raise(failed);
    boolean second = incidents.raise(failed);
    relay().drain(5);
    Jdbc.withConnection(dataSource, "republish", c -> c.createStatement().executeUpdate("UPDATE outbox SET published_at = NULL"));
    relay().drain(5);

    // THEN one incident, one Slack message to the operations channel, one email to the operations pager
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(incidents.recent(10)).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(IncidentKind.EXECUTION_FAILED);
      assertThat(r.link()).isEqualTo("https://ops.example.com/requests/req-42");
    });
    slack.verify(1, postRequestedFor(urlEqualTo(HOOK))
        .withRequestBody(containing("opsflow-service-intake execution FAILED"))
        .withRequestBody(containing("https://ops.example.com/requests/req-42")));
    List<NotificationRecord> sent = new NotificationStore(dataSource).recent(10);
    assertThat(sent).extracting(r -> r.channel() + " " + r.recipient())
        .containsExactlyInAnyOrder("SLACK #ops-alerts", "EMAIL ops@ridgelinehome.example");
    assertThat(sent).allSatisfy(r -> assertThat(r.requestId()).isEqualTo("req-42"));
  }

  @Test
  void incidentsWithoutRequest_linkToTheirExecutionOrPage() {
    // GIVEN an execution failure without a request, and a dead letter
    AlertLinks links = new AlertLinks("http://localhost:8080");
    Incident execution = Incident.executionFailed(
        "arn:aws:states:us-east-1:111111111111:execution:opsflow-client-onboarding:o-1", "opsflow-client-onboarding",
        "TIMED_OUT", null, null, null, 9);
    Incident deadLetter = Incident.deadLetter("dl-7", "webhook:crm", "no rule matched");

    // WHEN their links are made
    String executionLink = links.link(execution);
    String deadLetterLink = links.link(deadLetter);

    // THEN the execution's ARN is encoded into its page; the dead letter points at the dead-letter list
    assertThat(executionLink).isEqualTo(
        "http://localhost:8080/executions/arn%3Aaws%3Astates%3Aus-east-1%3A111111111111%3Aexecution%3Aopsflow-client-onboarding%3Ao-1");
    assertThat(deadLetterLink).isEqualTo("http://localhost:8080/dead-letters");
  }
}
