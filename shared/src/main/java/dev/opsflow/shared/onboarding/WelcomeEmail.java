package dev.opsflow.shared.onboarding;

/**
 * The welcome email of one onboarding: to the client's contact, sent once per {@code idempotencyKey} (the
 * execution and state that send it).
 */
public record WelcomeEmail(String idempotencyKey, String to, String subject, String body) {
  /** The email for {@code contract}; mentions the Slack invitation and, for premium clients, the shared folder. */
  public static WelcomeEmail compose(OnboardingStep step, Contract contract, String slackStatus, String driveFolderUrl) {
    ClientContact client = contract.client();
    StringBuilder body = new StringBuilder();
    body.append("Hello ").append(client.contactName()).append(",\n\n");
    body.append("Welcome aboard! Your ").append(contract.plan()).append(" plan for ").append(client.company()).append(" is set up.\n");
    if ("invited".equals(slackStatus)) {
      body.append("You will receive an invitation to our shared Slack channel; accept it to reach the team directly.\n");
    } else if ("already_member".equals(slackStatus)) {
      body.append("You are already in our shared Slack channel: the team is there for you.\n");
    }
    if (driveFolderUrl != null && !driveFolderUrl.isBlank()) {
      body.append("Your shared documents folder: ").append(driveFolderUrl).append('\n');
    }
    body.append("\nReference: contract ").append(contract.id()).append('\n');
    return new WelcomeEmail(step.idempotencyKey(), client.email(), "Welcome, " + client.company(), body.toString());
  }
}
