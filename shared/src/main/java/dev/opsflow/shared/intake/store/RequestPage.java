package dev.opsflow.shared.intake.store;

import java.util.List;

/** A page of requests, newest first, and the token of the next page (null on the last page). */
public record RequestPage(List<RequestSummary> items, String nextToken) {
  public RequestPage {
    items = List.copyOf(items);
  }
}
