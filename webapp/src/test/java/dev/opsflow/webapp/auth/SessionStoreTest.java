package dev.opsflow.webapp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.db.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session lifetimes on the real database with a clock the test moves. */
class SessionStoreTest {
  static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  /** A clock the test sets. */
  static final class MovableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovableClock clock = new MovableClock();
  final SessionStore sessions = new SessionStore(TestPostgres.dataSource(), clock, Duration.ofMinutes(30), Duration.ofHours(12));
  User user;

  @BeforeEach
  void clean() {
    TestPostgres.truncate("sessions", "users");
    user = new UserStore(TestPostgres.dataSource(), clock).create("sam@example.com", "Sam", Role.STAFF, "a long enough password".toCharArray());
  }

  @Test
  void activeSession_livesPastTheIdleLimit_butNotPastTheAbsoluteOne() {
    // GIVEN a session used every 20 minutes
    String cookie = sessions.open(user, "127.0.0.1", "test").cookieValue();
    for (int i = 0; i < 30; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(20));
      if (clock.now.isBefore(T0.plus(Duration.ofHours(12)))) {
        // THEN it stays valid while used within the idle limit
        assertThat(sessions.find(cookie)).isPresent();
      }
    }
    // AND it ends at its absolute expiry however active it was
    clock.now = T0.plus(Duration.ofHours(12));
    assertThat(sessions.find(cookie)).isEmpty();
  }

  @Test
  void idleSession_ends() {
    // GIVEN a session left alone for 31 minutes
    String cookie = sessions.open(user, null, null).cookieValue();
    clock.now = T0.plus(Duration.ofMinutes(31));
    // WHEN it is used  THEN it is gone
    assertThat(sessions.find(cookie)).isEmpty();
  }

  @Test
  void storedRow_cannotBeUsedAsACookie() {
    // GIVEN a session
    SessionStore.Opened opened = sessions.open(user, null, null);
    // WHEN someone who read the table presents the stored hash  THEN nothing is found
    assertThat(opened.session().idHash()).isNotEqualTo(opened.cookieValue()).hasSize(64);
    assertThat(sessions.find(opened.session().idHash())).isEmpty();
    assertThat(sessions.find(opened.cookieValue())).isPresent();
  }

  @Test
  void disablingTheAccount_endsItsSessions() {
    // GIVEN a session
    String cookie = sessions.open(user, null, null).cookieValue();
    // WHEN the account is disabled
    new UserStore(TestPostgres.dataSource(), clock).setDisabled(user.id(), true);
    // THEN the session no longer works
    assertThat(sessions.find(cookie)).isEmpty();
  }
}
