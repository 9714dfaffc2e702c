package dev.opsflow.fn.inviteslackmember;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.onboarding.SlackInvitation;
import java.util.Map;

/**
 * Invites the client's contact to the shared Slack Connect channel. Input {@code {"step": {...}, "contract": {...}}};
 * output {@code {"status": "invited" | "already_member", "invite_id": "...", "user_id": "..."}}.
 * Every call to the API goes through the ledger, with this integration's secret only.
 */
public final class InviteSlackMemberHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final SlackInvitation setup;

  public InviteSlackMemberHandler() {
    this(System.getenv());
  }

  public InviteSlackMemberHandler(Map<String, String> env) {
    this(SlackInvitation.fromEnvironment(env));
  }

  public InviteSlackMemberHandler(SlackInvitation setup) {
    this.setup = setup;
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    // Maps, not records, cross the runtime boundary: AWS's Java runtime ignores our Jackson annotations.
    InviteSlackMemberInput input = Json.MAPPER.convertValue(event, InviteSlackMemberInput.class);
    SlackInvitation.Result result = setup.ensure(input.step(), input.contract());
    return Json.MAPPER.convertValue(new InviteSlackMemberOutput(result.status(), result.inviteId(), result.userId()), MAP);
  }
}
