package dev.opsflow.webapp.admin;

import dev.opsflow.webapp.auth.User;
import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/** The accounts page: every account, and the create form's last input and error. */
public record UsersPage(Chrome chrome, List<User> users, String email, String name, String role, String error) {
  public static List<String> roles() {
    return List.of("staff", "operator", "auditor", "admin");
  }
}
