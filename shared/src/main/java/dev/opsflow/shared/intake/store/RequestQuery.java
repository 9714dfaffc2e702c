package dev.opsflow.shared.intake.store;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a {@link RequestFilter} and its parameters. Each constraint maps onto an index of
 * V100__intake.sql: status, channel, customer and phone lead an index ending in (received_at, id), and the
 * text search uses the trigram index on {@code search_text}.
 */
final class RequestQuery {
  private final StringBuilder where = new StringBuilder("TRUE");
  private final List<Object> parameters = new ArrayList<>();

  private RequestQuery() {}

  static RequestQuery of(RequestFilter filter, boolean withStatuses) {
    RequestQuery query = new RequestQuery();
    if (filter.text() != null) {
      query.add("search_text LIKE ? ESCAPE '\\'", "%" + escapeLike(filter.text().toLowerCase(java.util.Locale.ROOT)) + "%");
    }
    if (filter.phone() != null) {
      query.add("phone = ?", filter.phone());
    }
    if (withStatuses && !filter.statuses().isEmpty()) {
      query.where.append(" AND status IN (");
      String separator = "";
      for (RequestStatus status : filter.statuses()) {
        query.where.append(separator).append('?');
        query.parameters.add(status.wireName());
        separator = ", ";
      }
      query.where.append(')');
    }
    if (filter.channel() != null) {
      query.add("channel = ?", filter.channel());
    }
    if (filter.customerId() != null) {
      query.add("customer_id = ?", filter.customerId());
    }
    if (filter.receivedFrom() != null) {
      query.add("received_at >= ?", filter.receivedFrom());
    }
    if (filter.receivedTo() != null) {
      query.add("received_at < ?", filter.receivedTo());
    }
    return query;
  }

  /** Restricts to rows after {@code token} in (received_at DESC, id DESC) order. */
  RequestQuery after(RequestPageToken token) {
    if (token != null) {
      where.append(" AND (received_at, id) < (?, ?)");
      parameters.add(token.receivedAt());
      parameters.add(token.id());
    }
    return this;
  }

  String where() {
    return where.toString();
  }

  /** Binds the parameters from index 1; returns the next free index. */
  int bind(PreparedStatement statement) throws SQLException {
    int index = 1;
    for (Object parameter : parameters) {
      if (parameter instanceof java.time.Instant instant) {
        Jdbc.setInstant(statement, index++, instant);
      } else {
        statement.setString(index++, (String) parameter);
      }
    }
    return index;
  }

  private void add(String condition, Object parameter) {
    where.append(" AND ").append(condition);
    parameters.add(parameter);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
