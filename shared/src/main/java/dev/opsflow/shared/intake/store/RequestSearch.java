package dev.opsflow.shared.intake.store;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The dashboard's queries over {@code requests}: a filtered page newest first, and counts by status. */
final class RequestSearch {
  static final int MAX_PAGE = 500;

  private final DataSource dataSource;

  RequestSearch(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  RequestPage page(RequestFilter filter, int limit, String pageToken) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("Page size must be 1.." + MAX_PAGE + ": " + limit);
    }
    RequestQuery query = RequestQuery.of(filter, true).after(RequestPageToken.decode(pageToken));
    String sql =
        "SELECT " + RequestRows.SUMMARY_COLUMNS + " FROM requests WHERE " + query.where()
            + " ORDER BY received_at DESC, id DESC LIMIT ?";
    return Jdbc.withConnection(dataSource, "search requests", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        int next = query.bind(select);
        select.setInt(next, limit + 1);
        List<RequestSummary> items = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            items.add(RequestRows.summary(row));
          }
        }
        if (items.size() <= limit) {
          return new RequestPage(items, null);
        }
        RequestSummary last = items.get(limit - 1);
        return new RequestPage(items.subList(0, limit), new RequestPageToken(last.receivedAt(), last.id()).encode());
      }
    });
  }

  /** Requests per status under the filter's other constraints (its statuses are ignored: that is the breakdown). */
  Map<RequestStatus, Long> countsByStatus(RequestFilter filter) {
    RequestQuery query = RequestQuery.of(filter, false);
    String sql = "SELECT status, count(*) AS n FROM requests WHERE " + query.where() + " GROUP BY status";
    return Jdbc.withConnection(dataSource, "count requests", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        query.bind(select);
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
          counts.put(status, 0L);
        }
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            counts.put(RequestStatus.fromWire(row.getString("status")), row.getLong("n"));
          }
        }
        return counts;
      }
    });
  }
}
