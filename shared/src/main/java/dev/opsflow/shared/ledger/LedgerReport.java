package dev.opsflow.shared.ledger;

import java.util.List;

/** What {@link LedgerVerifier} found: how many entries it checked and every finding (none: the ledger is intact). */
public record LedgerReport(long entriesChecked, long headSeq, List<LedgerFinding> findings) {
  public LedgerReport {
    findings = List.copyOf(findings);
  }

  public boolean intact() {
    return findings.isEmpty();
  }
}
