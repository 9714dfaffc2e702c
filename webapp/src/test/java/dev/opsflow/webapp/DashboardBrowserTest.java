package dev.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.opsflow.db.TestPostgres;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.intake.store.NewReviewTask;
import dev.opsflow.shared.intake.store.ReviewTask;
import dev.opsflow.shared.intake.store.ReviewTaskKind;
import dev.opsflow.shared.intake.store.ReviewTaskStatus;
import dev.opsflow.shared.intake.store.ReviewTaskStore;
import dev.opsflow.shared.json.Json;
import dev.opsflow.webapp.auth.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The dashboard in a real headless Chromium against the real engine (its Step Functions API, the SDK client) and
 * the real database: the public form, the review inbox end to end, access rules, CSRF, script payloads. Each test
 * also saves the screenshots of the pages it passes (docs/screenshots/).
 */
class DashboardBrowserTest {
  static final String EMAIL_REQUEST = "req-demo-email-200";
  /** The demo's incomplete e-mail (no service address), as the e-mail ingress starts the workflow with it. */
  static final String INCOMPLETE_EMAIL = """
      {"request": {"id": "req-demo-email-200", "channel": "email", "source_id": "msg-200@mail.example",
        "from": {"phone": null, "email": "robert.chen@example.com", "name": "Robert Chen"}, "subject": "Water heater banging",
        "text": "Hello, my name is Robert Chen and the water heater in our basement is making a banging noise. You can reach me at 312-555-0177 or robert.chen@example.com. Thanks!",
        "received_at": "%s", "attachments": []}}""".formatted(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  static TestNode node;
  Browser browser;

  @BeforeAll
  static void start() {
    node = new TestNode(Map.of("OPSFLOW_FORM_LIMIT_PER_IP", "1000", "OPSFLOW_LOGIN_LIMIT_PER_IP", "1000"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @BeforeEach
  void open() {
    TestPostgres.truncate(TestNode.TABLES);
    node.user("sam@example.com", Role.STAFF);
    node.user("olga@example.com", Role.OPERATOR);
    node.user("aud@example.com", Role.AUDITOR);
    node.user("ada@example.com", Role.ADMIN);
    browser = new Browser(node.dashboard.uri().toString());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  /** Fills the public form (without a preferred time) and sends it; returns the request id it started. */
  String submitPublicForm(String name, String description) {
    browser.open("/request-service");
    browser.type("#f-customer-name", name);
    browser.type("#f-phone", "555 123 4567");
    browser.type("#f-address", "12 Oak St, Springfield");
    browser.find("#f-issue-type").sendKeys("plumbing");
    browser.type("#f-description", description);
    String submission = browser.find("input[name=submission_id]").getDomAttribute("value");
    browser.click("form.stack button[type=submit]");
    browser.waitForText("We have your request");
    return "req-" + submission;
  }

  Optional<ReviewTask> openTask(String requestId) {
    return new ReviewTaskStore(node.dataSource).forRequest(requestId).stream().filter(t -> t.status().isPending()).findFirst();
  }

  @Test
  void publicForm_validatesThenStartsTheIntakeWorkflow() {
    // GIVEN a customer on the public form who first sends it empty
    browser.open("/request-service");
    browser.screenshot("public-form");
    browser.click("form.stack button[type=submit]");
    browser.waitForText("Please correct these");
    // THEN the error summary is announced and focused, and each field says what to fix
    assertThat(browser.script("return document.activeElement.classList.contains('error-summary')")).isEqualTo(true);
    assertThat(browser.text()).contains("Enter your name.", "Enter the service address.", "Enter a phone number or an e-mail address");
    browser.screenshot("public-form-errors");

    // WHEN they send it complete but for the preferred time (not required)
    String requestId = submitPublicForm("Ann Lee", "Kitchen sink leaking under the cabinet since this morning.");
    // THEN they get a reference, and the real intake workflow records the request under it
    assertThat(browser.text()).contains("Your reference: WEB-");
    browser.screenshot("public-form-thanks");
    assertThat(TestNode.await(() -> requestStatus(requestId) != null)).isTrue();
    assertThat(node.sfn.describeExecution(b -> b.executionArn(executionArn("web-" + requestId.substring(4)))).input())
        .contains("\"channel\":\"web\"", "Ann Lee");
  }

  @Test
  void incompleteEmail_waitsInTheInbox_staffFillTheGap_workflowResumesAndConfirms() {
    // GIVEN an e-mail without the service address, started through the real intake workflow as ingress starts it
    String arn = node.sfn.startExecution(b -> b.stateMachineArn(node.machineArn).name("email-msg-200-mail-example")
        .input(INCOMPLETE_EMAIL)).executionArn();
    // THEN it waits at OpenReviewTask with a review task for the missing address
    assertThat(TestNode.await(() -> openTask(EMAIL_REQUEST).isPresent())).as(describe(arn)).isTrue();
    assertThat(openTask(EMAIL_REQUEST).orElseThrow().missingFields()).containsExactly("address");
    assertThat(openTask(EMAIL_REQUEST).orElseThrow().kind()).isEqualTo(ReviewTaskKind.REVIEW);
    assertThat(node.sfn.describeExecution(b -> b.executionArn(arn)).statusAsString()).isEqualTo("RUNNING");

    // WHEN staff sign in, find it in the inbox, claim it and send it without the address
    browser.open("/login");
    browser.screenshot("login");
    browser.login("sam@example.com", TestNode.PASSWORD);
    assertThat(browser.driver.getCurrentUrl()).endsWith("/inbox");
    browser.waitForText("Robert Chen");
    browser.screenshot("inbox");
    browser.driver.findElement(By.linkText("Robert Chen")).click();
    browser.waitForText("Fill in what is missing");
    claimIfOffered();
    // ... labelled for staff, about the customer (not the public form's "Your name")
    assertThat(browser.find("label[for=f-address]").getText()).startsWith("Service address");
    assertThat(browser.text()).contains("as the customer gave it").doesNotContain("Your name");
    browser.screenshot("task-review");
    browser.click("form[action$='/answer'] button[type=submit]");
    // THEN the page asks for it
    browser.waitForText("Please correct this");
    assertThat(browser.text()).contains("Enter the service address.");
    // WHEN they fill it in and submit
    browser.type("#f-address", "230 Cedar Lane, Skokie IL 60076");
    browser.click("form[action$='/answer'] button[type=submit]");
    browser.waitForText("Answer sent: the workflow goes on.");

    // THEN the execution resumes (SendTaskSuccess) and ends with the confirmation captured in the outbox
    assertThat(TestNode.await(() -> node.sfn.describeExecution(b -> b.executionArn(arn)).statusAsString().equals("SUCCEEDED")))
        .as(describe(arn)).isTrue();
    assertThat(notificationStatus(EMAIL_REQUEST)).isEqualTo("captured");
    assertThat(requestStatus(EMAIL_REQUEST)).isEqualTo("confirmed");
    ReviewTask done = new ReviewTaskStore(node.dataSource).forRequest(EMAIL_REQUEST).getFirst();
    assertThat(done.status()).isEqualTo(ReviewTaskStatus.COMPLETED);
    assertThat(done.completedBy()).isEqualTo("sam@example.com");

    // AND the request page shows the staff revision, the captured confirmation and the timeline waterfall
    browser.open("/requests/" + EMAIL_REQUEST);
    browser.waitForText("Workflow timeline");
    assertThat(browser.text()).contains("staff:sam@example.com", "230 Cedar Lane, Skokie IL 60076", "confirmation", "captured",
        "classify-extract@");
    assertThat(browser.driver.findElements(By.cssSelector("figure.waterfall rect.step"))).hasSizeGreaterThanOrEqualTo(10);
    browser.screenshot("request-detail");
    browser.open("/requests?status=confirmed");
    browser.waitForText("Robert Chen");
    browser.screenshot("requests");
  }

  /** Claims the open task when the page offers it (a task can be answered without a claim too). */
  void claimIfOffered() {
    if (!browser.driver.findElements(By.cssSelector("form[action$='/claim'] button")).isEmpty()) {
      browser.click("form[action$='/claim'] button");
      browser.waitForText("Fill in what is missing");
    }
  }

  static String executionArn(String name) {
    return node.machineArn.replace(":stateMachine:", ":execution:") + ":" + name;
  }

  static String describe(String arn) {
    var d = node.sfn.describeExecution(b -> b.executionArn(arn));
    return d.statusAsString() + " " + d.error() + " " + d.cause();
  }

  @Test
  void staffCannotRedrive_operatorsCan() {
    // GIVEN an execution that failed (its input lacks received_at, so recording it fails)
    String arn = node.sfn.startExecution(b -> b.stateMachineArn(node.machineArn).name("broken-" + System.nanoTime())
        .input("{\"request\": {\"id\": \"req-broken\", \"channel\": \"web\", \"source_id\": \"x\"}}")).executionArn();
    assertThat(TestNode.await(() -> node.sfn.describeExecution(b -> b.executionArn(arn)).statusAsString().equals("FAILED"))).isTrue();

    // WHEN staff open operations, or post a redrive with their own valid session and token
    browser.login("sam@example.com", TestNode.PASSWORD);
    browser.open("/operations");
    // THEN both are refused
    browser.waitForText("Your role does not allow this.");
    assertThat(browser.fetchPost("/operations/redrive", "_csrf", browser.csrf(), "execution_arn", arn)).isEqualTo(403L);
    assertThat(node.sfn.describeExecution(b -> b.executionArn(arn)).redriveCount()).isZero();
    browser.logout();

    // WHEN an operator redrives it from the operations page
    browser.login("olga@example.com", TestNode.PASSWORD);
    browser.waitForText("Executions that did not succeed");
    assertThat(browser.text()).contains(arn.substring(arn.lastIndexOf(':') + 1));
    browser.screenshot("operations");
    browser.click("form[action='/operations/redrive'] button");
    // THEN Step Functions takes the redrive
    browser.waitForText("Redrive started");
    assertThat(TestNode.await(() -> node.sfn.describeExecution(b -> b.executionArn(arn)).redriveCount() == 1)).isTrue();
  }

  @Test
  void auditorsCannotApprove() {
    // GIVEN a draft waiting for approval
    String requestId = submitPublicForm("Bo Diaz", "Furnace makes a banging noise at night.");
    assertThat(TestNode.await(() -> openTask(requestId).isPresent())).isTrue();
    ReviewTask approval = new ReviewTaskStore(node.dataSource).open(new NewReviewTask(requestId, ReviewTaskKind.APPROVAL, "token-approval-" + requestId,
        List.of(), Json.parse("{\"draft\": {\"subject\": \"Your visit\", \"body\": \"Hi Bo, a technician will call you today.\"},"
            + " \"reasons\": [\"urgency is urgent\", \"new customer\"]}"), "approval#" + requestId));

    // WHEN an auditor opens it and tries to approve it with their own valid session and token
    browser.login("aud@example.com", TestNode.PASSWORD);
    browser.open("/tasks/" + approval.id());
    browser.waitForText("Your role can read this task but not answer it.");
    assertThat(browser.driver.findElements(By.cssSelector("form[action$='/approve']"))).isEmpty();
    long status = browser.fetchPost("/tasks/" + approval.id() + "/approve", "_csrf", browser.csrf());
    // THEN it is refused and the task still waits
    assertThat(status).isEqualTo(403L);
    assertThat(new ReviewTaskStore(node.dataSource).find(approval.id()).orElseThrow().status()).isEqualTo(ReviewTaskStatus.OPEN);
    browser.logout();

    // AND staff see the draft with the reasons it needs a person
    browser.login("sam@example.com", TestNode.PASSWORD);
    browser.open("/tasks/" + approval.id());
    browser.waitForText("Drafted reply (written by the AI agent)");
    assertThat(browser.text()).contains("urgency is urgent", "new customer");
    assertThat(browser.find("#draft-body").getDomProperty("value")).isEqualTo("Hi Bo, a technician will call you today.");
    browser.screenshot("task-approval");
  }

  @Test
  void forgedCrossSiteFormPost_isRefused() throws IOException {
    // GIVEN an admin signed in, and another site on this host that auto-posts a "create admin" form to the dashboard
    browser.login("ada@example.com", TestNode.PASSWORD);
    String page = """
        <html><body><form id="f" method="post" action="%s/users">
        <input name="email" value="mallory@example.com"><input name="role" value="admin">
        <input name="password" value="mallory's long password"></form>
        <script>document.getElementById('f').submit()</script></body></html>""".formatted(node.dashboard.uri());
    HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext("/", exchange -> {
      byte[] body = page.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    attacker.start();
    try {
      // WHEN the admin visits it (same site: localhost, so the browser even sends the session cookie)
      browser.driver.get("http://localhost:" + attacker.getAddress().getPort() + "/");
      // THEN the dashboard refuses the post for its missing token, and no account is created
      browser.waitForText("did not come from this site");
      assertThat(userExists("mallory@example.com")).isFalse();
    } finally {
      attacker.stop(0);
    }
  }

  @Test
  void scriptInARequestField_rendersAsText() {
    // GIVEN a request whose name and description carry script
    String requestId = submitPublicForm("<script>window.pwned = 1</script>Eve",
        "Leak <img src=x onerror=\"window.pwned = 2\"> under the sink, please hurry.");
    assertThat(TestNode.await(() -> openTask(requestId).isPresent())).isTrue();
    // WHEN staff open the inbox, the task and the request
    browser.login("sam@example.com", TestNode.PASSWORD);
    for (String path : List.of("/inbox", "/tasks/" + openTask(requestId).orElseThrow().id(), "/requests/" + requestId, "/requests")) {
      browser.open(path);
      browser.waitForText("<script>window.pwned = 1</script>Eve");
      // THEN the payload shows as text and never runs
      assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
      assertThat(browser.driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
    }
  }

  @Test
  void everyOtherPage_rendersForAnAdmin() {
    // GIVEN data for the charts and the escalations page
    String requestId = submitPublicForm("Cy Park", "The bathroom tap drips a little, no hurry.");
    String arn = executionArn("web-" + requestId.substring(4));
    assertThat(TestNode.await(() -> openTask(requestId).isPresent()
        || !node.sfn.describeExecution(b -> b.executionArn(arn)).statusAsString().equals("RUNNING"))).isTrue();
    seedEscalation(requestId);
    browser.login("ada@example.com", TestNode.PASSWORD);
    // WHEN an admin opens each page  THEN it renders its main content
    Map<String, String> pages = Map.of(
        "/escalations", "Escalated now (1)",
        "/charts", "Requests per day",
        "/configuration", "Read-only",
        "/users", "New account");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.open(page.getKey());
      browser.waitForText(page.getValue());
      browser.screenshot(page.getKey().substring(1));
    }
    browser.open("/users");
    assertThat(browser.driver.findElements(By.cssSelector("svg.bars rect.bar"))).isEmpty();
    browser.open("/charts");
    assertThat(browser.driver.findElements(By.cssSelector("svg.bars rect.bar"))).hasSizeGreaterThan(30);
  }

  static String notificationStatus(String requestId) {
    return Jdbc.withConnection(node.dataSource, "read", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT status FROM notifications WHERE request_id = ? AND event = 'confirmation'")) {
        select.setString(1, requestId);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getString(1) : null;
        }
      }
    });
  }

  static String requestStatus(String requestId) {
    return Jdbc.withConnection(node.dataSource, "read", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT status FROM requests WHERE id = ?")) {
        select.setString(1, requestId);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getString(1) : null;
        }
      }
    });
  }

  static boolean userExists(String email) {
    return Jdbc.withConnection(node.dataSource, "read", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM users WHERE email = ?")) {
        select.setString(1, email);
        try (ResultSet row = select.executeQuery()) {
          return row.next();
        }
      }
    });
  }

  static void seedEscalation(String requestId) {
    Jdbc.withConnection(node.dataSource, "seed", connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE requests SET status = 'escalated', urgency = 'emergency' WHERE id = ?");
          PreparedStatement insert = connection.prepareStatement("""
              INSERT INTO notifications (id, request_id, idempotency_key, event, channel, recipient, subject, body, status, created_at)
              VALUES ('ntf-esc-1', ?, 'esc-1', 'escalation', 'sms', '+15550001111', 'Escalation: no heat', 'Nobody acted in 30 min', 'captured', now())""")) {
        update.setString(1, requestId);
        update.executeUpdate();
        insert.setString(1, requestId);
        return insert.executeUpdate();
      }
    });
  }
}
