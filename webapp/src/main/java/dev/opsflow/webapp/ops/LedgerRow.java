package dev.opsflow.webapp.ops;

import java.time.Instant;

/** One ledger entry (an external call's request or response) as the request page shows it. */
public record LedgerRow(long seq, String integration, String kind, String method, String url, Integer status, Long durationMs,
    Instant at, String hash) {
  public String shortHash() {
    return hash == null || hash.length() < 12 ? hash : hash.substring(0, 12);
  }
}
