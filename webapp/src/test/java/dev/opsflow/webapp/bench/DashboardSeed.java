package dev.opsflow.webapp.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Fills the intake tables with {@code count} requests in bulk (one INSERT ... SELECT per table): two record
 * revisions, one AI call, three audit events and two notifications each, spread over 60 days, every status,
 * channel and urgency, a quarter with a review task.
 */
final class DashboardSeed {
  private DashboardSeed() {}

  static void fill(DataSource dataSource, int count) throws SQLException {
    String requests = """
        INSERT INTO requests (id, execution_name, channel, source_id, status, issue_type, urgency, completeness, team, record, revision,
                              sender, subject, raw_text, received_at, updated_at)
        SELECT 'req-bench-' || n, 'web-bench-' || n,
               (ARRAY['voicemail','email','sms','web'])[1 + n % 4], 'bench-' || n,
               (ARRAY['received','classified','extracted','needs_review','escalated','awaiting_approval','confirmed','confirmed',
                      'confirmed','closed_not_service','failed'])[1 + n % 11],
               (ARRAY['plumbing','hvac','electrical','appliance'])[1 + n % 4],
               (ARRAY['emergency','urgent','routine','routine'])[1 + n % 4],
               (n % 5) / 4.0, 'field-service',
               jsonb_build_object('customer_name', (ARRAY['Ann','Bo','Cy','Dee','Eli','Fay','Gus','Hal'])[1 + n % 8] || ' '
                                      || (ARRAY['Lee','Diaz','Park','Novak','Smith','Okafor'])[1 + n % 6] || ' ' || n,
                                  'phone', '+1555' || lpad((1000000 + n)::text, 7, '0'),
                                  'email', 'customer' || n || '@example.com',
                                  'address', n || ' Oak St, Springfield',
                                  'issue_type', (ARRAY['plumbing','hvac','electrical','appliance'])[1 + n % 4],
                                  'description', 'Something broke at number ' || n),
               2, jsonb_build_object('phone', '+1555' || lpad((1000000 + n)::text, 7, '0')), 'Request ' || n,
               'Hello, this is request number ' || n || '. The kitchen sink is leaking.',
               now() - (n % 60) * interval '1 day' - (n % 1440) * interval '1 minute',
               now() - (n % 60) * interval '1 day' - (n % 1440) * interval '1 minute' + (n % 300) * interval '1 minute'
          FROM generate_series(1, COUNT) n""".replace("COUNT", Integer.toString(count));
    String revisions = """
        INSERT INTO request_revisions (request_id, revision, record, changed_by, reason, at)
        SELECT r.id, v, CASE WHEN v = 1 THEN r.record - 'description' ELSE r.record END,
               CASE WHEN v = 1 THEN 'agent:classify-extract@3' ELSE 'staff:sam@example.com' END,
               CASE WHEN v = 1 THEN 'extracted' ELSE 'review' END, r.received_at + v * interval '1 minute'
          FROM requests r, generate_series(1, 2) v WHERE r.id LIKE 'req-bench-%'""";
    String ai = """
        INSERT INTO ai_calls (request_id, agent_id, agent_version, model_id, duration_ms, output, at)
        SELECT id, 'classify-extract', '3', 'local-rules', 4, record, received_at FROM requests WHERE id LIKE 'req-bench-%'""";
    String audit = """
        INSERT INTO audit_events (request_id, at, actor, action, detail)
        SELECT r.id, r.received_at + a * interval '1 second', 'system:service-intake',
               (ARRAY['request.received','record.revised','status.changed'])[a], '{}'::jsonb
          FROM requests r, generate_series(1, 3) a WHERE r.id LIKE 'req-bench-%'""";
    String notifications = """
        INSERT INTO notifications (id, request_id, idempotency_key, event, channel, recipient, subject, body, status, created_at)
        SELECT 'ntf-bench-' || r.id || '-' || k, r.id, 'bench#' || r.id || '#' || k,
               (ARRAY['review-needed','confirmation'])[k], 'sms', r.record ->> 'phone', 'Subject ' || k, 'Body of message ' || k,
               'captured', r.received_at + k * interval '1 minute'
          FROM requests r, generate_series(1, 2) k WHERE r.id LIKE 'req-bench-%'""";
    String tasks = """
        INSERT INTO review_tasks (id, request_id, kind, task_token, status, missing_fields, idempotency_key, created_at)
        SELECT 'task-' || id, id, 'review', 'token-' || id, CASE WHEN status = 'needs_review' THEN 'open' ELSE 'completed' END,
               '["preferred_time"]', 'bench-task#' || id, received_at
          FROM requests WHERE id LIKE 'req-bench-%' AND (substring(id from 11))::int % 4 = 0""";
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : new String[] {requests, revisions, ai, audit, notifications, tasks}) {
        statement.execute(sql);
      }
      statement.execute("ANALYZE");
    }
  }
}
