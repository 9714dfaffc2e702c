package dev.opsflow.shared.ledger;

/**
 * A stored ledger entry: its position in the chain ({@code seq}, contiguous from 1), its content, the hash of the
 * entry before it ({@code prevHash}; {@link EntryHashes#GENESIS} for the first) and its own hash.
 */
public record LedgerEntry(long seq, LedgerRecord record, String prevHash, String hash) {}
