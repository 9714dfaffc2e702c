package dev.opsflow.shared.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.db.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's list over 10,000 requests: filters, keyset paging, counts, and how long they take. */
class RequestSearchTest {
  private static final int REQUESTS = 10_000;
  private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
  private final RequestStore store = new RequestStore(TestPostgres.dataSource());

  @BeforeAll
  static void tenThousandRequests() throws SQLException {
    TestPostgres.truncate("requests", "request_revisions", "review_tasks", "customers");
    // Request i: received FIRST + i minutes; channel and status cycle; every 100th is Maria Gonzalez's.
    try (Connection connection = TestPostgres.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("""
          INSERT INTO requests (id, channel, source_id, status, record, received_at, updated_at)
          SELECT 'req-' || lpad(i::text, 5, '0'),
                 (ARRAY['voicemail','email','sms','web'])[1 + i % 4],
                 'src-' || i,
                 (ARRAY['received','needs_review','confirmed','escalated','closed_not_service'])[1 + i % 5],
                 CASE WHEN i % 100 = 0
                   THEN jsonb_build_object('customer_name', 'Maria Gonzalez', 'phone', '+15557654321',
                                           'address', '88 Elm Avenue')
                   ELSE jsonb_build_object('customer_name', 'Customer ' || i, 'phone', '+1555' || lpad(i::text, 7, '0'),
                                           'email', 'c' || i || '@example.com') END,
                 timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute', now()
          FROM generate_series(0, LAST) AS i""".replace("LAST", Integer.toString(REQUESTS - 1)));
      statement.execute("ANALYZE requests");
    }
  }

  @Test
  void pagingThroughEverything_visitsEachRequestOnce_newestFirst() {
    // GIVEN / WHEN all requests are read in pages of 500
    List<RequestSummary> seen = new ArrayList<>();
    String token = null;
    do {
      RequestPage page = store.search(RequestFilter.all(), 500, token);
      seen.addAll(page.items());
      token = page.nextToken();
    } while (token != null);

    // THEN each appears once, newest first
    assertThat(seen).hasSize(REQUESTS);
    assertThat(seen.getFirst().id()).isEqualTo("req-09999");
    assertThat(seen.getLast().id()).isEqualTo("req-00000");
    assertThat(seen).extracting(RequestSummary::id).doesNotHaveDuplicates();
  }

  @Test
  void filters_combine() {
    // GIVEN the filter of a dashboard user: customer text, status, channel and a date range
    RequestFilter filter = RequestFilter.all().withText("gonzalez")
        .withStatuses(EnumSet.of(RequestStatus.RECEIVED, RequestStatus.CONFIRMED))
        .withChannel("voicemail")
        .withReceived(FIRST, FIRST.plusSeconds(60L * 5000));

    // WHEN searched
    RequestPage page = store.search(filter, 50, null);

    // THEN only Maria's voicemails in those statuses from the first 5,000 minutes match
    // (i % 100 == 0 -> voicemail; status received when i % 5 == 0, so all of them, i < 5000: 50 requests)
    assertThat(page.items()).hasSize(50).allSatisfy(r -> {
      assertThat(r.customerName()).isEqualTo("Maria Gonzalez");
      assertThat(r.channel()).isEqualTo("voicemail");
      assertThat(r.receivedAt()).isBefore(FIRST.plusSeconds(60L * 5000));
    });
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void phoneAndEmailText_findTheirRequests() {
    // GIVEN / WHEN searching by phone and by part of an email address
    RequestPage byPhone = store.search(RequestFilter.all().withPhone("+15550001234"), 10, null);
    RequestPage byEmail = store.search(RequestFilter.all().withText("C4321@Example"), 10, null);
    RequestPage wildcard = store.search(RequestFilter.all().withText("100%"), 10, null);

    // THEN exactly the matching request is found, and LIKE wildcards in user text are literal
    assertThat(byPhone.items()).extracting(RequestSummary::id).containsExactly("req-01234");
    assertThat(byEmail.items()).extracting(RequestSummary::id).containsExactly("req-04321");
    assertThat(wildcard.items()).isEmpty();
  }

  @Test
  void countsByStatus_ignoreTheStatusFilter_andCoverEveryStatus() {
    // GIVEN / WHEN counting sms requests by status
    Map<RequestStatus, Long> counts = store.countsByStatus(RequestFilter.all().withChannel("sms").withStatuses(Set.of(RequestStatus.FAILED)));

    // THEN the 2,500 sms requests are spread over their statuses and absent statuses count 0
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2500);
    assertThat(counts.get(RequestStatus.NEEDS_REVIEW)).isEqualTo(500);
    assertThat(counts.get(RequestStatus.FAILED)).isZero();
  }

  @Test
  void everyFilter_answersFast_overTenThousandRequests() {
    // GIVEN the filters the dashboard offers
    List<RequestFilter> filters = List.of(
        RequestFilter.all(),
        RequestFilter.all().withStatuses(Set.of(RequestStatus.NEEDS_REVIEW)),
        RequestFilter.all().withChannel("email"),
        RequestFilter.all().withPhone("+15557654321"),
        RequestFilter.all().withText("maria"),
        RequestFilter.all().withReceived(FIRST.plusSeconds(60L * 9000), null));

    // WHEN each is run (after one warm-up round)
    filters.forEach(f -> store.search(f, 50, null));
    long started = System.nanoTime();
    for (RequestFilter filter : filters) {
      store.search(filter, 50, null);
      store.countsByStatus(filter);
    }
    long averageMillis = (System.nanoTime() - started) / 1_000_000 / filters.size();

    // THEN a page and its counts take well under the 100 ms a list view can spend (generous for a shared 2-core box)
    assertThat(averageMillis).isLessThan(100);
  }

  @Test
  void foreignPageToken_isRefused() {
    assertThatThrownBy(() -> store.search(RequestFilter.all(), 10, "not-a-token"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page token");
  }
}
