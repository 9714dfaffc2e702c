package dev.opsflow.shared.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsflow.shared.integrations.asana.AsanaClient;
import dev.opsflow.shared.integrations.asana.AsanaProject;
import dev.opsflow.shared.integrations.drive.DriveClient;
import dev.opsflow.shared.integrations.drive.DriveFolder;
import dev.opsflow.shared.integrations.slack.SlackClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Asana, Slack and Drive: their documented shapes and their own ways of failing. */
class AsanaSlackDriveClientTest {
  @Test
  void asana_findByName_readsEveryPage_thenCreateSendsTheDataEnvelope() {
    try (ApiServer api = new ApiServer("asana", "access_token", "2/1200/asana_pat_secret")) {
      // GIVEN two pages of projects, the wanted one absent, and the create endpoint
      api.server.stubFor(get(urlPathEqualTo("/api/1.0/projects")).withQueryParam("offset", absent())
          .willReturn(aResponse().withStatus(200).withBody("""
              {"data": [{"gid": "1", "name": "Other", "resource_type": "project"}],
               "next_page": {"offset": "eyJ0eXAiOJiKV1iQLCJhbGciOiJIUzI1NiJ9", "path": "/projects?offset=eyJ0", "uri": "https://app.asana.com/api/1.0/projects?offset=eyJ0"}}""")));
      api.server.stubFor(get(urlPathEqualTo("/api/1.0/projects")).withQueryParam("offset", equalTo("eyJ0eXAiOJiKV1iQLCJhbGciOiJIUzI1NiJ9"))
          .willReturn(aResponse().withStatus(200).withBody("{\"data\": [{\"gid\": \"2\", \"name\": \"Another\", \"resource_type\": \"project\"}], \"next_page\": null}")));
      api.server.stubFor(post(urlPathEqualTo("/api/1.0/projects")).willReturn(aResponse().withStatus(201).withBody("""
          {"data": {"gid": "12345", "resource_type": "project", "name": "Onboarding: Acme (ctr_1)", "permalink_url": "https://app.asana.com/0/12345/list"}}""")));
      AsanaClient asana = new AsanaClient(api.http);

      // WHEN the project is looked up, then created
      boolean found = asana.findByName("exec-1", "ws-1", "Onboarding: Acme (ctr_1)").isPresent();
      AsanaProject created = asana.create("exec-1", "ws-1", "team-1", "Onboarding: Acme (ctr_1)", "notes");

      // THEN both pages were read, and the create carried Asana's {"data": {...}} envelope
      assertThat(found).isFalse();
      assertThat(created.gid()).isEqualTo("12345");
      api.server.verify(postRequestedFor(urlPathEqualTo("/api/1.0/projects")).withRequestBody(
          equalToJson("{\"data\": {\"name\": \"Onboarding: Acme (ctr_1)\", \"workspace\": \"ws-1\", \"team\": \"team-1\", \"notes\": \"notes\"}}")));
    }
  }

  @Test
  void slack_okFalseErrors_mapToPermanentOrAccepted_and429IsRateLimited() {
    try (ApiServer api = new ApiServer("slack", "bot_token", "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy")) {
      SlackClient slack = new SlackClient(api.http);
      // GIVEN users.lookupByEmail not finding the user, inviteShared saying already_in_channel
      api.server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(aResponse().withStatus(200).withBody("{\"ok\": false, \"error\": \"users_not_found\"}")));
      api.server.stubFor(post(urlPathEqualTo("/api/conversations.inviteShared")).willReturn(aResponse().withStatus(200).withBody("{\"ok\": false, \"error\": \"already_in_channel\"}")));

      // WHEN / THEN neither is an error: no user, no new invite
      assertThat(slack.lookupUserByEmail("exec-1", "dana@acme.example")).isEmpty();
      assertThat(slack.inviteShared("exec-1", "C0123", null, "dana@acme.example")).isEmpty();
      api.server.verify(postRequestedFor(urlPathEqualTo("/api/conversations.inviteShared"))
          .withRequestBody(equalToJson("{\"channel\": \"C0123\", \"emails\": [\"dana@acme.example\"], \"external_limited\": true}")));

      // GIVEN a refused token, then a rate limit
      api.server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(aResponse().withStatus(200).withBody("{\"ok\": false, \"error\": \"invalid_auth\"}")));
      assertThatThrownBy(() -> slack.lookupUserByEmail("exec-1", "dana@acme.example")).isInstanceOf(PermanentIntegrationException.class).hasMessageContaining("invalid_auth");
      api.server.stubFor(get(urlPathEqualTo("/api/users.lookupByEmail")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
      assertThatThrownBy(() -> slack.lookupUserByEmail("exec-1", "dana@acme.example"))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(30));
    }
  }

  @Test
  void drive_findsByAppProperties_createsAFolder_and403RateLimitIsRateLimited() {
    try (ApiServer api = new ApiServer("drive", "access_token", "ya29.a0AfH6SMBdrivetoken")) {
      DriveClient drive = new DriveClient(api.http);
      // GIVEN files.list finding nothing, and files.create
      api.server.stubFor(get(urlPathEqualTo("/drive/v3/files"))
          .withQueryParam("q", containing("appProperties has { key='opsflow_contract_id' and value='ctr_1' }"))
          .willReturn(aResponse().withStatus(200).withBody("{\"kind\": \"drive#fileList\", \"incompleteSearch\": false, \"files\": []}")));
      api.server.stubFor(post(urlPathEqualTo("/drive/v3/files")).willReturn(aResponse().withStatus(200).withBody("""
          {"kind": "drive#file", "id": "1a2b3c", "name": "Acme (ctr_1)", "mimeType": "application/vnd.google-apps.folder",
           "webViewLink": "https://drive.google.com/drive/folders/1a2b3c"}""")));

      // WHEN the folder is looked up and created
      boolean found = drive.findFolder("exec-1", "opsflow_contract_id", "ctr_1").isPresent();
      DriveFolder folder = drive.createFolder("exec-1", "Acme (ctr_1)", "parent-9", Map.of("opsflow_contract_id", "ctr_1"));

      // THEN the create was a folder in the parent, tagged with the contract
      assertThat(found).isFalse();
      assertThat(folder.id()).isEqualTo("1a2b3c");
      api.server.verify(postRequestedFor(urlPathEqualTo("/drive/v3/files")).withHeader("Authorization", equalTo("Bearer ya29.a0AfH6SMBdrivetoken"))
          .withRequestBody(equalToJson("""
              {"name": "Acme (ctr_1)", "mimeType": "application/vnd.google-apps.folder", "parents": ["parent-9"],
               "appProperties": {"opsflow_contract_id": "ctr_1"}}""")));

      // GIVEN Drive's 403 userRateLimitExceeded
      api.server.stubFor(get(urlPathEqualTo("/drive/v3/files")).willReturn(aResponse().withStatus(403).withBody("""
          {"error": {"code": 403, "message": "User Rate Limit Exceeded", "errors": [{"domain": "usageLimits", "reason": "userRateLimitExceeded", "message": "User Rate Limit Exceeded"}]}}""")));
      // THEN it is a rate limit (default delay), not a permanent refusal
      assertThatThrownBy(() -> drive.findFolder("exec-1", "opsflow_contract_id", "ctr_1"))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(HttpFailures.DEFAULT_RETRY_AFTER_SECONDS));
    }
  }
}
