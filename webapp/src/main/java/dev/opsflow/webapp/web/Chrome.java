package dev.opsflow.webapp.web;

import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Session;

/**
 * What every page's frame needs: the title, which navigation entry is current, who is signed in (null on public
 * pages), the CSRF token for the page's forms, and a one-line notice after an action.
 */
public record Chrome(String title, String active, Session session, String csrf, String notice) {
  public boolean signedIn() {
    return session != null;
  }

  public boolean may(Permission permission) {
    return session != null && session.may(permission);
  }

  public boolean mayReadRequests() {
    return may(Permission.READ_REQUESTS);
  }

  public boolean mayWorkInbox() {
    return may(Permission.WORK_INBOX);
  }

  public boolean mayOperate() {
    return may(Permission.OPERATE);
  }

  public boolean mayManageUsers() {
    return may(Permission.MANAGE_USERS);
  }

  public String current(String entry) {
    return entry.equals(active) ? "page" : null;
  }
}
