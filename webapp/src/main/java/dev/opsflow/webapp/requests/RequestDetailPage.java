package dev.opsflow.webapp.requests;

import dev.opsflow.shared.intake.store.AiCall;
import dev.opsflow.shared.intake.store.AuditEvent;
import dev.opsflow.shared.intake.store.RequestRevision;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.intake.store.StoredRequest;
import dev.opsflow.webapp.ops.LedgerRow;
import dev.opsflow.webapp.ops.NotificationRow;
import dev.opsflow.webapp.web.Chrome;
import java.util.List;
import java.util.Map;

/**
 * Everything about one request: the record and its revisions (each with what changed), completeness, the AI
 * calls with their agent versions, notifications, review tasks, the audit trail, the execution's status and
 * timeline waterfall, and the ledger of external calls (shown to roles that may read it).
 */
public record RequestDetailPage(
    Chrome chrome,
    StoredRequest request,
    Map<String, String> record,
    List<RevisionView> revisions,
    List<AiCall> aiCalls,
    List<NotificationRow> notifications,
    List<ReviewTask> tasks,
    List<AuditEvent> audit,
    ExecutionView execution,
    Waterfall waterfall,
    List<LedgerRow> ledger,
    boolean mayReadLedger) {

  /** A revision and how it differs from the one before. */
  public record RevisionView(RequestRevision revision, List<RecordDiff.Change> changes) {}

  /** The execution's name, ARN, status and times (status null when it cannot be found). */
  public record ExecutionView(String name, String arn, String status, String started, String stopped, String error) {}

  public String completenessPercent() {
    return request.completeness() == null ? "not scored" : request.completeness().movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }
}
