package dev.opsflow.shared.ledger;

/** Which half of an external call a ledger entry records: the request (before the call) or its response. */
public enum LedgerKind {
  REQUEST,
  RESPONSE;

  /** The value stored in {@code ledger_entries.kind}. */
  public String dbValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static LedgerKind fromDb(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT));
  }
}
