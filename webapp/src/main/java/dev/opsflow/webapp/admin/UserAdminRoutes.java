package dev.opsflow.webapp.admin;

import dev.opsflow.shared.intake.store.Actor;
import dev.opsflow.shared.intake.store.AuditLog;
import dev.opsflow.shared.json.Json;
import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Role;
import dev.opsflow.webapp.auth.Session;
import dev.opsflow.webapp.auth.User;
import dev.opsflow.webapp.auth.UserStore;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.HttpError;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /users} for admins: list accounts, create one with a role and a first password, disable or enable. */
public final class UserAdminRoutes {
  private final UserStore users;
  private final AuditLog audit;
  private final Views views;

  public UserAdminRoutes(UserStore users, AuditLog audit, Views views) {
    this.users = users;
    this.audit = audit;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/users", ctx -> show(ctx, null, null, "staff", null, 200));
    app.post("/users", this::create);
    app.post("/users/{id}/disable", ctx -> setDisabled(ctx, true));
    app.post("/users/{id}/enable", ctx -> setDisabled(ctx, false));
  }

  private void show(Context ctx, String email, String name, String role, String error, int status) {
    Access.require(ctx, Permission.MANAGE_USERS);
    views.render(ctx, "users.jte", new UsersPage(Access.chrome(ctx, "Accounts", "users"), users.all(), email, name, role, error));
    ctx.status(status);
  }

  private void create(Context ctx) {
    Session session = Access.require(ctx, Permission.MANAGE_USERS);
    String email = ctx.formParam("email");
    String name = ctx.formParam("name");
    String roleName = ctx.formParam("role");
    String password = ctx.formParam("password");
    try {
      Role role = Role.fromWire(roleName);
      User created = users.create(email, name, role, password == null ? new char[0] : password.toCharArray());
      audit.append(null, Actor.staff(session.user().handle()), "user.created",
          Json.MAPPER.createObjectNode().put("user", created.email()).put("role", role.wireName()), null);
    } catch (IllegalArgumentException e) {
      show(ctx, email, name, roleName, e.getMessage(), 422);
      return;
    }
    ctx.redirect("/users?notice=user-created", HttpStatus.SEE_OTHER);
  }

  private void setDisabled(Context ctx, boolean disabled) {
    Session session = Access.require(ctx, Permission.MANAGE_USERS);
    String id = ctx.pathParam("id");
    if (disabled && id.equals(session.user().id())) {
      throw new HttpError(400, "You cannot disable your own account.");
    }
    if (!users.setDisabled(id, disabled)) {
      throw HttpError.notFound("The account");
    }
    audit.append(null, Actor.staff(session.user().handle()), disabled ? "user.disabled" : "user.enabled",
        Json.MAPPER.createObjectNode().put("user_id", id), null);
    ctx.redirect("/users?notice=user-updated", HttpStatus.SEE_OTHER);
  }
}
