package dev.opsflow.shared.workflow;

import dev.opsflow.shared.intake.store.AiCallLog;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.intake.store.RequestStore;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import javax.sql.DataSource;

/**
 * The intake tables as the workflow's steps write them: the request record and its revisions, the audit trail,
 * the AI call log and the review inbox, all over one data source (the application database).
 */
public record IntakeStores(RequestStore requests, AuditLog audit, AiCallLog aiCalls, ReviewTaskStore reviewTasks) {

  /** The stores over {@code dataSource}. */
  public static IntakeStores on(DataSource dataSource) {
    return new IntakeStores(
        new RequestStore(dataSource), new AuditLog(dataSource), new AiCallLog(dataSource), new ReviewTaskStore(dataSource));
  }
}
