package dev.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsflow.webapp.auth.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login, sessions, CSRF and headers over real HTTP against the running dashboard. */
class AccessTest {
  static TestNode node;

  @BeforeAll
  static void start() {
    node = new TestNode(Map.of("OPSFLOW_LOGIN_LIMIT_PER_IP", "1000"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @BeforeEach
  void clean() {
    dev.opsflow.db.TestPostgres.truncate(TestNode.TABLES);
  }

  @Test
  void anonymousVisitor_isSentToLoginWithTheWayBack() {
    // GIVEN nobody signed in
    try (WebClient client = new WebClient(node)) {
      // WHEN they open the inbox
      HttpResponse<String> response = client.get("/inbox?kind=review");
      // THEN they are redirected to the login page, which will bring them back
      assertThat(response.statusCode()).isEqualTo(302);
      assertThat(WebClient.location(response).toString()).isEqualTo("/login?next=%2Finbox%3Fkind%3Dreview");
    }
  }

  @Test
  void everyResponse_carriesTheSecurityHeaders() {
    // GIVEN a public page
    try (WebClient client = new WebClient(node)) {
      // WHEN it is fetched
      HttpResponse<String> response = client.get("/login");
      // THEN the CSP allows no inline script and no framing, and the other headers are set
      String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  @Test
  void login_setsAnHttpOnlyLaxSessionCookie_andLandsOnTheRolesStartPage() {
    // GIVEN an operator account
    node.user("olga@example.com", Role.OPERATOR);
    try (WebClient client = new WebClient(node)) {
      // WHEN she signs in
      HttpResponse<String> response = client.login("OLGA@example.com ", TestNode.PASSWORD);
      // THEN the cookie is HttpOnly and SameSite=Lax (not Secure on http://localhost), and she lands on operations
      assertThat(response.statusCode()).isEqualTo(303);
      assertThat(WebClient.location(response).toString()).isEqualTo("/operations");
      String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("opsflow_session=")).findFirst().orElseThrow();
      assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
      assertThat(cookie.substring("opsflow_session=".length(), cookie.indexOf(';'))).hasSize(43);
      assertThat(client.get("/operations").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void wrongPasswordAndUnknownAccount_getTheSameAnswer() {
    // GIVEN one account
    node.user("sam@example.com", Role.STAFF);
    try (WebClient client = new WebClient(node)) {
      // WHEN someone tries a wrong password, and an address that has no account
      HttpResponse<String> wrong = client.login("sam@example.com", "not the password at all");
      HttpResponse<String> unknown = client.login("nobody@example.com", "not the password at all");
      // THEN both are refused with the same message and no session
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(unknown.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("The e-mail address or password is not right.");
      assertThat(unknown.body()).contains("The e-mail address or password is not right.");
      assertThat(client.get("/inbox").statusCode()).isEqualTo(302);
    }
  }

  @Test
  void postWithoutCsrfToken_isRefused_evenWithAValidSession() {
    // GIVEN an admin signed in
    node.user("ada@example.com", Role.ADMIN);
    try (WebClient client = new WebClient(node)) {
      client.login("ada@example.com", TestNode.PASSWORD);
      // WHEN a form is posted without the token, and with a wrong one
      HttpResponse<String> missing = client.post("/users", Map.of("email", "evil@example.com", "role", "admin", "password", "a long enough password"));
      HttpResponse<String> wrong = client.post("/users", Map.of("_csrf", "x".repeat(43), "email", "evil@example.com", "role", "admin",
          "password", "a long enough password"));
      // THEN both are refused and no account is created
      assertThat(missing.statusCode()).isEqualTo(403);
      assertThat(wrong.statusCode()).isEqualTo(403);
      assertThat(client.get("/users").body()).doesNotContain("evil@example.com");
      // AND with the page's token the same post works
      HttpResponse<String> real = client.submit("/users", "/users", Map.of("email", "new@example.com", "role", "staff", "password", "a long enough password"));
      assertThat(real.statusCode()).isEqualTo(303);
      assertThat(client.get("/users").body()).contains("new@example.com");
    }
  }

  @Test
  void logout_endsTheSessionOnTheServer() {
    // GIVEN a signed-in staff member
    node.user("sam@example.com", Role.STAFF);
    try (WebClient client = new WebClient(node)) {
      client.login("sam@example.com", TestNode.PASSWORD);
      assertThat(client.get("/inbox").statusCode()).isEqualTo(200);
      // WHEN they sign out
      HttpResponse<String> out = client.submit("/inbox", "/logout", Map.of());
      // THEN the session row is gone: the inbox asks for a login again
      assertThat(out.statusCode()).isEqualTo(303);
      assertThat(client.get("/inbox").statusCode()).isEqualTo(302);
    }
  }

  @Test
  void roles_seeOnlyWhatTheyMay() {
    // GIVEN staff, an auditor and an operator
    node.user("sam@example.com", Role.STAFF);
    node.user("aud@example.com", Role.AUDITOR);
    try (WebClient staff = new WebClient(node); WebClient auditor = new WebClient(node)) {
      staff.login("sam@example.com", TestNode.PASSWORD);
      auditor.login("aud@example.com", TestNode.PASSWORD);
      // WHEN they open pages outside their role
      // THEN they get 403; pages inside their role work
      assertThat(staff.get("/operations").statusCode()).isEqualTo(403);
      assertThat(staff.get("/users").statusCode()).isEqualTo(403);
      assertThat(staff.get("/configuration").statusCode()).isEqualTo(403);
      assertThat(auditor.get("/operations").statusCode()).isEqualTo(403);
      assertThat(auditor.get("/requests").statusCode()).isEqualTo(200);
      assertThat(auditor.get("/charts").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void health_answersWithoutLogin() {
    try (WebClient client = new WebClient(node)) {
      // WHEN App Runner's health check calls /health  THEN it is 200 without a session
      HttpResponse<String> response = client.get("/health");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"ok\"");
    }
  }
}
