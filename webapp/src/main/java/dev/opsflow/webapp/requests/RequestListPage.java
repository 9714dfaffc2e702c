package dev.opsflow.webapp.requests;

import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.shared.intake.store.RequestSummary;
import dev.opsflow.webapp.web.Chrome;
import java.util.List;
import java.util.Map;

/**
 * The request list's model: the filter as typed (to refill the form), the page of requests, the link to the
 * next page (null on the last), counts per status under the other filters, and a message for a bad filter.
 */
public record RequestListPage(
    Chrome chrome,
    ListParams params,
    List<RequestSummary> items,
    String nextHref,
    Map<RequestStatus, Long> counts,
    String error) {

  public static List<String> statuses() {
    return java.util.Arrays.stream(RequestStatus.values()).map(RequestStatus::wireName).toList();
  }

  public static List<String> channels() {
    return List.of("voicemail", "email", "sms", "web", "webhook");
  }
}
