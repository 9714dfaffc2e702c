package dev.opsflow.shared.intake.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the dashboard's request list filters on; every part is optional (null or empty = no constraint).
 * {@code text} matches the customer's name, email, address and the subject, case-insensitively, anywhere in
 * them; {@code phone} is an E.164 number (normalise the user's input with
 * {@link dev.opsflow.shared.customers.PhoneNumbers}); {@code receivedFrom} is inclusive, {@code receivedTo}
 * exclusive.
 */
public record RequestFilter(
    String text,
    String phone,
    Set<RequestStatus> statuses,
    String channel,
    String customerId,
    Instant receivedFrom,
    Instant receivedTo) {

  public RequestFilter {
    text = blankToNull(text);
    phone = blankToNull(phone);
    channel = blankToNull(channel);
    customerId = blankToNull(customerId);
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** No constraint: every request. */
  public static RequestFilter all() {
    return new RequestFilter(null, null, null, null, null, null, null);
  }

  public RequestFilter withText(String value) {
    return new RequestFilter(value, phone, statuses, channel, customerId, receivedFrom, receivedTo);
  }

  public RequestFilter withPhone(String value) {
    return new RequestFilter(text, value, statuses, channel, customerId, receivedFrom, receivedTo);
  }

  public RequestFilter withStatuses(Set<RequestStatus> value) {
    return new RequestFilter(text, phone, value, channel, customerId, receivedFrom, receivedTo);
  }

  public RequestFilter withChannel(String value) {
    return new RequestFilter(text, phone, statuses, value, customerId, receivedFrom, receivedTo);
  }

  public RequestFilter withCustomerId(String value) {
    return new RequestFilter(text, phone, statuses, channel, value, receivedFrom, receivedTo);
  }

  public RequestFilter withReceived(Instant from, Instant to) {
    return new RequestFilter(text, phone, statuses, channel, customerId, from, to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
