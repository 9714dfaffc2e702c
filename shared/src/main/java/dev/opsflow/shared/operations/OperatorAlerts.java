package dev.opsflow.shared.operations;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.db.AppDatabase;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.ledger.LedgeredNotifications;
import dev.opsflow.shared.notify.Notification;
import dev.opsflow.shared.notify.NotificationService;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises alerts for unrecoverable workflow failures: records each ({@code operator_alerts}), logs it once at
 * ERROR (where the log pipeline's alarms see it) and emails it to the operators (event {@code operator-alert},
 * through the notification service, so it is ledgered and sent once per recipient). Idempotent on the step's
 * key: a retried alert step finds the alert it made, and the notification service does not send twice.
 */
public final class OperatorAlerts {
  private static final Logger LOG = LoggerFactory.getLogger(OperatorAlerts.class);
  private static final int MAX_CAUSE_IN_EMAIL = 1_000;

  private final DataSource dataSource;
  private final Clock clock;
  private final NotificationService notifications;
  private final List<String> operatorEmails;

  /** Records and logs only (no one to email). */
  public OperatorAlerts(DataSource dataSource, Clock clock) {
    this(dataSource, clock, null, List.of());
  }

  public OperatorAlerts(DataSource dataSource, Clock clock, NotificationService notifications, List<String> operatorEmails) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.notifications = notifications;
    this.operatorEmails = List.copyOf(operatorEmails);
  }

  /** The application database; operators' emails from {@code OPSFLOW_OPERATOR_EMAILS} (comma-separated, may be unset). */
  public static OperatorAlerts fromEnvironment(Map<String, String> env) {
    List<String> emails =
        Arrays.stream(env.getOrDefault("OPSFLOW_OPERATOR_EMAILS", "").split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
    return new OperatorAlerts(AppDatabase.get(), Clock.systemUTC(), emails.isEmpty() ? null : LedgeredNotifications.fromEnvironment(env), emails);
  }

  /** Records the alert (see {@link #record}) and emails it to every operator, once per alert and operator. */
  public Recorded raise(String idempotencyKey, String executionArn, FailureReport failure) {
    Recorded recorded = record(idempotencyKey, executionArn, failure);
    OperatorAlert alert = recorded.alert();
    for (String email : operatorEmails) {
      String cause = failure.cause() == null ? "" : failure.cause();
      notifications.send(
          new Notification(
              idempotencyKey + "#" + email, null, NotificationEvent.OPERATOR_ALERT, NotifyChannel.EMAIL, email,
              "[opsflow] " + alert.workflow() + " failed at " + failure.failedState(),
              "Execution: " + executionArn + "\nSubject: " + alert.subject() + "\nFailed state: " + failure.failedState() + "\nError: "
                  + failure.error() + "\nCause: " + (cause.length() > MAX_CAUSE_IN_EMAIL ? cause.substring(0, MAX_CAUSE_IN_EMAIL) + "..." : cause)
                  + "\n\nAn operator task is open on the dashboard's operations page (alert " + alert.id() + ")."));
    }
    return recorded;
  }

  /** Records the alert for {@code executionArn} (once per {@code idempotencyKey}); returns it and whether it is new. */
  public Recorded record(String idempotencyKey, String executionArn, FailureReport failure) {
    Instant now = clock.instant();
    String workflow = WorkflowNames.machine(executionArn);
    Optional<Long> inserted =
        Jdbc.withConnection(dataSource, "record an operator alert", connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  """
                  INSERT INTO operator_alerts (idempotency_key, created_at, workflow, execution_arn, subject, failed_state, error, cause)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (idempotency_key) DO NOTHING
                  RETURNING id
                  """)) {
            insert.setString(1, idempotencyKey);
            Jdbc.setInstant(insert, 2, now);
            insert.setString(3, workflow);
            insert.setString(4, executionArn);
            insert.setString(5, failure.subjectOrRequest());
            insert.setString(6, failure.failedState());
            insert.setString(7, failure.error());
            insert.setString(8, failure.cause());
            try (ResultSet rs = insert.executeQuery()) {
              return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
          }
        });
    if (inserted.isPresent()) {
      LOG.error(
          "ALERT workflow {} failed beyond retries: execution {}, subject {}, state {}, error {} (alert {})",
          workflow, executionArn, failure.subjectOrRequest(), failure.failedState(), failure.error(), inserted.get());
      return new Recorded(new OperatorAlert(inserted.get(), now, workflow, executionArn, failure.subjectOrRequest(), failure), true);
    }
    return new Recorded(find(idempotencyKey).orElseThrow(), false);
  }

  /** The alert and whether this call created it (false: a retry found the first attempt's). */
  public record Recorded(OperatorAlert alert, boolean created) {}

  private Optional<OperatorAlert> find(String idempotencyKey) {
    return Jdbc.withConnection(dataSource, "read an operator alert", connection -> {
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT id, created_at, workflow, execution_arn, subject, failed_state, error, cause FROM operator_alerts WHERE idempotency_key = ?")) {
        select.setString(1, idempotencyKey);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          String subject = rs.getString("subject");
          FailureReport failure = new FailureReport(rs.getString("failed_state"), rs.getString("error"), rs.getString("cause"), subject, null);
          return Optional.of(
              new OperatorAlert(
                  rs.getLong("id"), Jdbc.instant(rs, "created_at"), rs.getString("workflow"), rs.getString("execution_arn"), subject, failure));
        }
      }
    });
  }
}
