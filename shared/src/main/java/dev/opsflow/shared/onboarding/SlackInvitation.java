package dev.opsflow.shared.onboarding;

import dev.opsflow.shared.integrations.slack.SlackClient;
import java.util.Map;
import java.util.Optional;

/**
 * Invites the client's contact to the shared client channel with Slack Connect ({@code
 * conversations.inviteShared}): the contact belongs to another organisation, so a guest invitation to one channel
 * is the right trust level, and it works on every paid plan with a bot token ({@code admin.users.invite} would
 * need Enterprise Grid and an admin token, and makes a full member of our workspace). {@code
 * users.lookupByEmail} comes first: a contact our workspace already knows is invited by user id (a Slack
 * notification instead of an email) and one already in the channel is left alone ({@code already_in_channel}).
 */
public final class SlackInvitation {
  /** What the step did: {@code invited} (with the invite id) or {@code already_member}. */
  public record Result(String status, String inviteId, String userId) {}

  private final SlackClient slack;
  private final String channel;

  public SlackInvitation(SlackClient slack, String channel) {
    this.slack = slack;
    this.channel = channel;
  }

  /** {@code OPSFLOW_SLACK_CHANNEL}: the id of the channel clients are invited to. */
  public static SlackInvitation fromEnvironment(Map<String, String> env) {
    return new SlackInvitation(SlackClient.fromEnvironment(env), env.get("OPSFLOW_SLACK_CHANNEL"));
  }

  public Result ensure(OnboardingStep step, Contract contract) {
    // Checked here, not at construction: `opsflow local` builds every handler at start, configured or not.
    if (channel == null || channel.isBlank()) {
      throw new IllegalStateException("OPSFLOW_SLACK_CHANNEL (the id of the shared client channel) is not set");
    }
    String email = contract.client().email();
    Optional<String> userId = slack.lookupUserByEmail(step.executionId(), email);
    Optional<String> invite = slack.inviteShared(step.executionId(), channel, userId.orElse(null), email);
    return invite.map(id -> new Result("invited", id, userId.orElse(null))).orElseGet(() -> new Result("already_member", null, userId.orElse(null)));
  }
}
