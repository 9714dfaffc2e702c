package dev.opsflow.shared.config;

import java.util.Objects;

/**
 * The business's intake configuration, loaded and validated as a whole by {@link ConfigLoader}: what to ask, how to
 * classify and route, who to tell and when, how fields map to the CRM, and when a person must approve.
 */
public record IntakeConfig(
    QuestionFlow questionFlow,
    TriageRules triage,
    NotificationPolicy notifications,
    CrmMapping crmMapping,
    ApprovalPolicy approvalPolicy) {
  public IntakeConfig {
    Objects.requireNonNull(questionFlow, "questionFlow");
    Objects.requireNonNull(triage, "triage");
    Objects.requireNonNull(notifications, "notifications");
    Objects.requireNonNull(crmMapping, "crmMapping");
    Objects.requireNonNull(approvalPolicy, "approvalPolicy");
  }
}
