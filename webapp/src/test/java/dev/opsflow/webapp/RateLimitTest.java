package dev.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.webapp.auth.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login and public-form limits over HTTP, on a node with small limits. */
class RateLimitTest {
  @Test
  void failedLogins_lockTheAccount_evenWithTheRightPasswordAfterwards() {
    // GIVEN a node allowing 3 failures per account
    try (TestNode node = new TestNode(Map.of("OPSFLOW_LOGIN_FAILURES_PER_ACCOUNT", "3"));
        WebClient client = new WebClient(node)) {
      node.user("sam@example.com", Role.STAFF);
      // WHEN a guesser fails three times
      for (int i = 0; i < 3; i++) {
        assertThat(client.login("sam@example.com", "guess number " + i).statusCode()).isEqualTo(401);
      }
      // THEN the right password is refused too for now, with 429 and Retry-After
      HttpResponse<String> locked = client.login("sam@example.com", TestNode.PASSWORD);
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.headers().firstValue("Retry-After")).isPresent();
      // AND another account is not affected
      node.user("kim@example.com", Role.STAFF);
      assertThat(client.login("kim@example.com", TestNode.PASSWORD).statusCode()).isEqualTo(303);
    }
  }

  @Test
  void manyLoginsFromOneAddress_areRefused() {
    // GIVEN a node allowing 4 login attempts per address
    try (TestNode node = new TestNode(Map.of("OPSFLOW_LOGIN_LIMIT_PER_IP", "4"));
        WebClient client = new WebClient(node)) {
      // WHEN one address tries five different accounts
      int[] statuses = new int[5];
      for (int i = 0; i < 5; i++) {
        statuses[i] = client.login("user" + i + "@example.com", "whatever password").statusCode();
      }
      // THEN the fifth is refused by the limit
      assertThat(statuses).containsExactly(401, 401, 401, 401, 429);
    }
  }

  @Test
  void publicForm_refusesTooManyPostsFromOneAddress() {
    // GIVEN a node allowing 2 form posts per address
    try (TestNode node = new TestNode(Map.of("OPSFLOW_FORM_LIMIT_PER_IP", "2"));
        WebClient client = new WebClient(node)) {
      // WHEN three posts come in (empty ones: the limit counts before validation)
      int first = client.submit("/request-service", "/request-service", Map.of()).statusCode();
      int second = client.submit("/request-service", "/request-service", Map.of()).statusCode();
      HttpResponse<String> third = client.submit("/request-service", "/request-service", Map.of());
      // THEN the third is refused with a message the customer can act on
      assertThat(first).isEqualTo(422);
      assertThat(second).isEqualTo(422);
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.body()).contains("Please wait a few minutes");
    }
  }
}
