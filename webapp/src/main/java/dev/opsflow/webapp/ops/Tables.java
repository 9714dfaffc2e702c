package dev.opsflow.webapp.ops;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/**
 * Whether a table exists. The dashboard reads tables other parts own (the bus's dead letters, the ledger), and
 * a deployment without that part (no local bus in AWS, say) shows an empty section instead of an error.
 */
final class Tables {
  private Tables() {}

  static boolean exists(DataSource dataSource, String table) {
    return Jdbc.withConnection(dataSource, "check table " + table, connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
        select.setString(1, table);
        try (ResultSet row = select.executeQuery()) {
          return row.next() && row.getBoolean(1);
        }
      }
    });
  }
}
