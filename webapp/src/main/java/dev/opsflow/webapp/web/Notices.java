package dev.opsflow.webapp.web;

import java.util.Map;

/**
 * The one-line confirmations shown after an action. Redirects carry a code ({@code ?notice=answered}), never
 * text, so a link cannot put words in the dashboard's mouth.
 */
public final class Notices {
  private static final Map<String, String> TEXTS = Map.ofEntries(
      Map.entry("claimed", "You hold this task now; nobody else can answer it."),
      Map.entry("released", "The task is back in the inbox."),
      Map.entry("answered", "Answer sent: the workflow goes on."),
      Map.entry("approved", "Draft approved: the confirmation goes out."),
      Map.entry("rejected", "Draft rejected: the request is closed without sending it."),
      Map.entry("expired", "The workflow stopped waiting for this task (it timed out or was answered elsewhere)."),
      Map.entry("redriven", "Redrive started: the execution resumes from the state that failed."),
      Map.entry("dead-letter-replayed", "Dead letter replayed: the bus delivers it again."),
      Map.entry("dead-letter-not-replayed", "The dead letter was not replayed: still no rule matches it, or it was replayed already."),
      Map.entry("inbound-replayed", "Inbound message queued again: ingress publishes it on its next pass."),
      Map.entry("operator-task-retry", "Answer sent: the workflow retries the step."),
      Map.entry("operator-task-abandon", "Answer sent: the workflow abandons the step."),
      Map.entry("user-created", "Account created."),
      Map.entry("user-updated", "Account updated."),
      Map.entry("signed-out", "You are signed out."));

  private Notices() {}

  /** The text of {@code code}, or null for no or an unknown code. */
  public static String text(String code) {
    return code == null ? null : TEXTS.get(code);
  }
}
