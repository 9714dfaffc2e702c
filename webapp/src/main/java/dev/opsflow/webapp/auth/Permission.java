package dev.opsflow.webapp.auth;

/** One thing a page or action needs; {@link Role}s grant them. */
public enum Permission {
  /** Request list, request detail, escalations, charts. */
  READ_REQUESTS,
  /** Claim review tasks, fill in fields, approve or reject drafts. */
  WORK_INBOX,
  /** Failed executions and redrive, dead letters, the notifications outbox. */
  OPERATE,
  /** The configuration files, read-only. */
  READ_CONFIG,
  /** Ledger entries of external calls. */
  READ_LEDGER,
  /** Create and disable accounts. */
  MANAGE_USERS
}
