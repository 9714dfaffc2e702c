package dev.opsflow.shared.intake.store;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code ai_calls} log. Every real model call is worth a row (it cost tokens even when the step then
 * failed), so the key is optional: give one (execution, state, attempt) only where a repeat must not count twice.
 */
public final class AiCallLog {
  private final DataSource dataSource;

  public AiCallLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records the call; false when {@code idempotencyKey} was already recorded. */
  public boolean record(AiCall call, String idempotencyKey) {
    return Jdbc.withConnection(dataSource, "record AI call of " + call.agentId(), connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              """
              INSERT INTO ai_calls (request_id, agent_id, agent_version, model_id, input_tokens, output_tokens,
                                    duration_ms, output, violations, idempotency_key, at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
              ON CONFLICT (idempotency_key) DO NOTHING""")) {
        insert.setString(1, call.requestId());
        insert.setString(2, call.agentId());
        insert.setString(3, call.agentVersion());
        insert.setString(4, call.modelId());
        insert.setObject(5, call.inputTokens(), Types.INTEGER);
        insert.setObject(6, call.outputTokens(), Types.INTEGER);
        insert.setLong(7, call.durationMs());
        Jdbc.setJson(insert, 8, call.output());
        Jdbc.setJson(insert, 9, call.violations());
        insert.setString(10, idempotencyKey);
        Jdbc.setInstant(insert, 11, call.at());
        return insert.executeUpdate() == 1;
      }
    });
  }

  /** The request's calls, oldest first. */
  public List<AiCall> forRequest(String requestId) {
    return Jdbc.withConnection(dataSource, "read AI calls of " + requestId, connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM ai_calls WHERE request_id = ? ORDER BY id")) {
        select.setString(1, requestId);
        List<AiCall> calls = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            calls.add(new AiCall(
                row.getString("request_id"),
                row.getString("agent_id"),
                row.getString("agent_version"),
                row.getString("model_id"),
                (Integer) row.getObject("input_tokens"),
                (Integer) row.getObject("output_tokens"),
                row.getLong("duration_ms"),
                Jdbc.json(row, "output"),
                Jdbc.json(row, "violations"),
                Jdbc.instant(row, "at")));
          }
        }
        return calls;
      }
    });
  }
}
