package dev.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public intake form over HTTP: validation, the execution it starts, and idempotent double submits. */
class PublicFormTest {
  static TestNode node;

  @BeforeAll
  static void start() {
    node = new TestNode(Map.of("OPSFLOW_FORM_LIMIT_PER_IP", "1000"));
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @BeforeEach
  void clean() {
    dev.opsflow.db.TestPostgres.truncate(TestNode.TABLES);
  }

  /** Executions of the intake machine so far (the engine outlives the per-test truncation of the tables). */
  static int executions() {
    return node.sfn.listExecutions(b -> b.stateMachineArn(node.machineArn).maxResults(1000)).executions().size();
  }

  static Map<String, String> complete() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("customer_name", "Ann Lee");
    form.put("phone", "(555) 123-4567");
    form.put("email", "");
    form.put("address", "12 Oak St, Springfield");
    form.put("issue_type", "plumbing");
    form.put("urgency", "urgent");
    form.put("preferred_time", "weekday mornings");
    form.put("description", "Kitchen sink leaking under the cabinet.");
    return form;
  }

  static String submissionId(String html) {
    Matcher matcher = Pattern.compile("name=\"submission_id\" value=\"([^\"]+)\"").matcher(html);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  @Test
  void invalidSubmission_listsWhatToFix_andKeepsWhatWasTyped() {
    try (WebClient client = new WebClient(node)) {
      // GIVEN a form with a bad phone, no address and no description
      int before = executions();
      Map<String, String> form = complete();
      form.put("phone", "12");
      form.put("address", "");
      form.put("description", "");
      // WHEN it is sent
      HttpResponse<String> response = client.submit("/request-service", "/request-service", form);
      // THEN it comes back 422 with a summary linking each field, the fields marked, and the name kept
      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body())
          .contains("Please correct these 3 things")
          .contains("<a href=\"#f-phone\">Enter a phone number with its area code")
          .contains("<a href=\"#f-address\">Enter the service address.</a>")
          .contains("aria-invalid=\"true\"")
          .contains("aria-describedby=\"f-phone-hint f-phone-error\"")
          .contains("value=\"Ann Lee\"");
      assertThat(executions()).isEqualTo(before);
    }
  }

  @Test
  void validSubmission_startsTheIntakeWorkflowWithTheContractEnvelope() {
    try (WebClient client = new WebClient(node)) {
      // GIVEN the form as shown (it carries its submission id)
      String page = client.get("/request-service").body();
      String id = submissionId(page);
      Map<String, String> form = complete();
      form.put("_csrf", WebClient.csrf(page));
      form.put("submission_id", id);
      // WHEN it is sent
      HttpResponse<String> response = client.post("/request-service", form);
      // THEN the customer is redirected to the confirmation with a reference
      assertThat(response.statusCode()).isEqualTo(303);
      assertThat(WebClient.location(response).toString()).isEqualTo("/request-service/thanks?ref=" + id);
      assertThat(client.get("/request-service/thanks?ref=" + id).body()).contains("WEB-" + id.substring(0, 8).toUpperCase(java.util.Locale.ROOT));
      // AND execution web-<id> runs with the web channel envelope, the phone in E.164
      var execution = node.sfn.describeExecution(b -> b.executionArn(node.machineArn.replace(":stateMachine:", ":execution:") + ":web-" + id));
      JsonNode request = Json.parse(execution.input()).path("request");
      assertThat(request.path("id").asText()).isEqualTo("req-" + id);
      assertThat(request.path("channel").asText()).isEqualTo("web");
      assertThat(request.path("source_id").asText()).isEqualTo(id);
      assertThat(request.path("from").path("phone").asText()).isEqualTo("+15551234567");
      assertThat(request.path("from").path("name").asText()).isEqualTo("Ann Lee");
      assertThat(request.path("text").asText()).contains("Address: 12 Oak St, Springfield", "Kitchen sink leaking");
      assertThat(request.path("attachments").isArray()).isTrue();
    }
  }

  @Test
  void doubleSubmit_startsOneExecution() {
    int before = executions();
    try (WebClient client = new WebClient(node)) {
      // GIVEN one shown form
      String page = client.get("/request-service").body();
      Map<String, String> form = complete();
      form.put("_csrf", WebClient.csrf(page));
      form.put("submission_id", submissionId(page));
      // WHEN it is posted twice (a double click, a reload of the post)
      HttpResponse<String> first = client.post("/request-service", form);
      HttpResponse<String> second = client.post("/request-service", form);
      // THEN both answers confirm, and only one execution was started
      assertThat(first.statusCode()).isEqualTo(303);
      assertThat(second.statusCode()).isEqualTo(303);
      assertThat(executions()).isEqualTo(before + 1);
    }
  }

  @Test
  void postWithoutTheFormToken_isRefused() {
    try (WebClient client = new WebClient(node)) {
      // GIVEN a visitor who has the form cookie
      client.get("/request-service");
      int before = executions();
      // WHEN a post arrives without the token
      HttpResponse<String> response = client.post("/request-service", complete());
      // THEN it is refused and nothing starts
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(executions()).isEqualTo(before);
    }
  }
}
