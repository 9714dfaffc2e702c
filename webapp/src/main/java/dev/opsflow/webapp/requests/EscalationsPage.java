package dev.opsflow.webapp.requests;

import dev.opsflow.shared.intake.store.RequestSummary;
import dev.opsflow.webapp.ops.NotificationRow;
import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/** Requests whose escalation ladder is climbing, and the escalation messages sent, newest first. */
public record EscalationsPage(Chrome chrome, List<RequestSummary> escalated, List<NotificationRow> messages) {}
