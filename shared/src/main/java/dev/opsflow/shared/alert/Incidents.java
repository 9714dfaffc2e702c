package dev.opsflow.shared.alert;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.outbox.Outbox;
import dev.opsflow.shared.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Raises incidents to the operators, once per incident: the incident row (keyed by its dedupe key) and the
 * outbox event that carries the alert to the operators' channels ({@code operator-alert} in {@code
 * notifications.json}: Slack, email...) are written in one transaction, so an alert exists exactly when its
 * incident was recorded, and the relay delivers it with retries. The message links to the request or execution
 * in the dashboard.
 */
public final class Incidents {
  /** The outbox source of alert events (the stuck-outbox monitor does not alert about its own alerts). */
  public static final String SOURCE = "opsflow.alerts";

  private final DataSource dataSource;
  private final AlertLinks links;
  private final Clock clock;

  public Incidents(DataSource dataSource, AlertLinks links, Clock clock) {
    this.dataSource = dataSource;
    this.links = links;
    this.clock = clock;
  }

  /** Raises {@code incident} in its own transaction; false when it had been raised already. */
  public boolean raise(Incident incident) {
    return Jdbc.inTransaction(dataSource, "raise incident " + incident.dedupeKey(), connection -> raise(connection, incident));
  }

  /** Raises {@code incident} inside the caller's transaction (with the state change that revealed it). */
  public boolean raise(Connection connection, Incident incident) throws SQLException {
    String link = links.link(incident);
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO alert_incidents (dedupe_key, kind, summary, detail, link, request_id, raised_at, outbox_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING""")) {
      OutboxEvent alert = OutboxEvent.toStaff(SOURCE, message(incident, link)).withKey("alert|" + incident.dedupeKey());
      insert.setString(1, incident.dedupeKey());
      insert.setString(2, incident.kind().wireName());
      insert.setString(3, incident.summary());
      insert.setString(4, incident.detail());
      insert.setString(5, link);
      insert.setString(6, incident.requestId());
      Jdbc.setInstant(insert, 7, clock.instant());
      insert.setObject(8, alert.id());
      if (insert.executeUpdate() == 0) {
        return false;
      }
      Outbox.append(connection, alert, clock);
    }
    return true;
  }

  /** An incident as operators saw it. */
  public record Raised(String dedupeKey, IncidentKind kind, String summary, String link, String requestId, Instant raisedAt, UUID outboxId) {}

  /** The latest incidents, newest first (for the dashboard). */
  public List<Raised> recent(int limit) {
    return Jdbc.withConnection(dataSource, "list incidents", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM alert_incidents ORDER BY raised_at DESC, dedupe_key LIMIT ?")) {
        select.setInt(1, limit);
        List<Raised> raised = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            raised.add(new Raised(
                row.getString("dedupe_key"), kind(row.getString("kind")), row.getString("summary"), row.getString("link"),
                row.getString("request_id"), Jdbc.instant(row, "raised_at"), row.getObject("outbox_id", UUID.class)));
          }
        }
        return raised;
      }
    });
  }

  private static ObjectNode message(Incident incident, String link) {
    ObjectNode message = JsonNodeFactory.instance.objectNode();
    message.put("event", NotificationEvent.OPERATOR_ALERT.wireName());
    message.put("kind", incident.kind().wireName());
    message.put("incident", incident.dedupeKey());
    if (incident.requestId() != null) {
      message.put("request_id", incident.requestId());
    }
    message.put("subject", "[opsflow] " + incident.summary());
    message.put("body", incident.summary() + (incident.detail() == null ? "" : "\n" + incident.detail()) + "\n" + link);
    message.put("link", link);
    return message;
  }

  private static IncidentKind kind(String wireName) {
    for (IncidentKind kind : IncidentKind.values()) {
      if (kind.wireName().equals(wireName)) {
        return kind;
      }
    }
    throw new IllegalStateException("Unknown incident kind " + wireName);
  }
}
