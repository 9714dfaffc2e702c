package dev.opsflow.local.conformance;

/** How our history's event types compared with AWS's (an extra signal, not part of pass/fail). */
public enum HistoryMatch {
  MATCHED,
  DIFFERENT,
  /** Not recorded by AWS, not produced by us, or in an order that may legitimately differ. */
  NOT_COMPARED
}
