package dev.opsflow.webapp.requests;

import dev.opsflow.shared.intake.store.RequestFilter;
import dev.opsflow.shared.intake.store.RequestStatus;
import dev.opsflow.webapp.form.RequestFields;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The request list's query string: {@code q} (name, e-mail, address, subject), {@code phone}, {@code status},
 * {@code channel}, {@code customer}, {@code from} and {@code to} (dates, UTC, both inclusive) and {@code after}
 * (the keyset page token). Read leniently: a bad value becomes a message, not an error page.
 */
public record ListParams(String q, String phone, String status, String channel, String customer, String from, String to, String after) {

  public static ListParams from(Context ctx) {
    return new ListParams(ctx.queryParam("q"), ctx.queryParam("phone"), ctx.queryParam("status"), ctx.queryParam("channel"),
        ctx.queryParam("customer"), ctx.queryParam("from"), ctx.queryParam("to"), ctx.queryParam("after"));
  }

  /** The filter these parameters ask for; IllegalArgumentException with a message for the user. */
  public RequestFilter filter(RequestFields fields) {
    RequestFilter filter = RequestFilter.all().withText(q).withCustomerId(customer);
    if (phone != null && !phone.isBlank()) {
      RequestFields.Checked checked = fields.check("phone", phone, false);
      if (!checked.ok()) {
        throw new IllegalArgumentException(checked.error());
      }
      filter = filter.withPhone(checked.value());
    }
    if (status != null && !status.isBlank()) {
      Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
      for (String one : status.split(",")) {
        statuses.add(RequestStatus.fromWire(one.strip()));
      }
      filter = filter.withStatuses(statuses);
    }
    if (channel != null && !channel.isBlank()) {
      if (!RequestListPage.channels().contains(channel)) {
        throw new IllegalArgumentException("Unknown channel: " + channel);
      }
      filter = filter.withChannel(channel);
    }
    return filter.withReceived(
        from == null || from.isBlank() ? null : date(from).atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null || to.isBlank() ? null : date(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** The list's URL with these filters and page token {@code nextToken}. */
  public String href(String nextToken) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("q", q);
    values.put("phone", phone);
    values.put("status", status);
    values.put("channel", channel);
    values.put("customer", customer);
    values.put("from", from);
    values.put("to", to);
    values.put("after", nextToken);
    StringBuilder href = new StringBuilder("/requests");
    char separator = '?';
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (entry.getValue() != null && !entry.getValue().isBlank()) {
        href.append(separator).append(entry.getKey()).append('=').append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return href.toString();
  }

  public boolean statusIs(String value) {
    return value.equals(status);
  }

  public boolean channelIs(String value) {
    return value.equals(channel);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Dates are written 2026-11-21.", e);
    }
  }
}
