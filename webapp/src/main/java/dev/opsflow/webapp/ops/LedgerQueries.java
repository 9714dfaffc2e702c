package dev.opsflow.webapp.ops;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the hash-chained ledger of external calls ({@code ledger_entries}, V400) for one request: entries whose
 * correlation is the request id or its execution's ARN. Read-only; verifying the chain is the ledger's own job.
 */
public final class LedgerQueries {
  private final DataSource dataSource;

  public LedgerQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<LedgerRow> forCorrelations(List<String> correlations) {
    if (correlations.isEmpty() || !Tables.exists(dataSource, "ledger_entries")) {
      return List.of();
    }
    return Jdbc.withConnection(dataSource, "read ledger", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT seq, integration, kind, method, url, status, duration_ms, at, hash FROM ledger_entries"
              + " WHERE correlation = ANY (?) ORDER BY seq LIMIT 1000")) {
        select.setArray(1, connection.createArrayOf("text", correlations.toArray()));
        List<LedgerRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            rows.add(new LedgerRow(row.getLong("seq"), row.getString("integration"), row.getString("kind"), row.getString("method"),
                row.getString("url"), (Integer) row.getObject("status"), (Long) row.getObject("duration_ms"),
                Jdbc.instant(row, "at"), row.getString("hash")));
          }
        }
        return rows;
      }
    });
  }
}
