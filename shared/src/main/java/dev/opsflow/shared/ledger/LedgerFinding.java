package dev.opsflow.shared.ledger;

import java.util.UUID;

/**
 * One way the stored ledger differs from what was written: which entry (by seq, and entry id when the row is
 * there) and what happened to it.
 */
public record LedgerFinding(Kind kind, long seq, UUID entryId, String detail) {
  /** What was done to the ledger. */
  public enum Kind {
    /** The entry's content no longer matches its hash. */
    ALTERED,
    /** Entries with these seq numbers are gone. */
    REMOVED,
    /** The entry was written at another position of the chain than where it is stored. */
    REORDERED,
    /** The entry names a predecessor that is not in the ledger: the one before it was rewritten, or removed and renumbered. */
    BROKEN_LINK,
    /** The chain's head (last seq and hash) does not match the last entry: the tail was removed or rewritten. */
    HEAD_MISMATCH
  }

  /** One line for people: {@code ALTERED seq 42 (entry 0f3c...): <detail>}. */
  @Override
  public String toString() {
    return kind + " seq " + seq + (entryId == null ? "" : " (entry " + entryId + ")") + ": " + detail;
  }
}
