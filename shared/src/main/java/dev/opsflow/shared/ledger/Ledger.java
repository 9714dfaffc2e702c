package dev.opsflow.shared.ledger;

import java.util.List;

/**
 * The append-only, hash-chained record of every external call (port). An append either commits the entry,
 * chained to the one before it, or throws {@link LedgerWriteException}; nothing can be changed or removed
 * afterwards (see {@code V400__ledger.sql}).
 */
public interface Ledger {
  /** Commits {@code record} as the next entry of the chain and returns it with its seq and hashes. */
  LedgerEntry append(LedgerRecord record);

  /** The entries made for {@code correlation} (an execution or request id), in chain order. */
  List<LedgerEntry> entries(String correlation);
}
