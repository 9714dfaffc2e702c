package dev.opsflow.webapp.auth;

import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.Chrome;
import dev.opsflow.webapp.web.ClientRequests;
import dev.opsflow.webapp.web.Cookies;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign in and sign out. A failed login says the same thing whether the address exists or not, and costs the
 * same time (a dummy hash is checked). Attempts are limited per client address and failures per account; a
 * new session id is issued at every login (no fixation), and logout deletes the session server-side.
 */
public final class LoginRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);

  private final UserStore users;
  private final SessionStore sessions;
  private final Access access;
  private final Cookies cookies;
  private final ClientRequests clients;
  private final RateLimiter perAddress;
  private final RateLimiter perAccount;
  private final Views views;
  private final long sessionSeconds;

  /** The login page's model: the frame, where to go after, the address typed, and an error to show. */
  public record LoginPage(Chrome chrome, String next, String email, String error) {}

  public LoginRoutes(UserStore users, SessionStore sessions, Access access, Cookies cookies, ClientRequests clients,
      RateLimiter perAddress, RateLimiter perAccount, Views views, long sessionSeconds) {
    this.users = users;
    this.sessions = sessions;
    this.access = access;
    this.cookies = cookies;
    this.clients = clients;
    this.perAddress = perAddress;
    this.perAccount = perAccount;
    this.views = views;
    this.sessionSeconds = sessionSeconds;
  }

  public void register(Javalin app) {
    app.get("/login", ctx -> show(ctx, null, null, 200));
    app.post("/login", this::login);
    app.post("/logout", this::logout);
  }

  private void show(Context ctx, String email, String error, int status) {
    views.render(ctx, "login.jte", new LoginPage(access.anonymousChrome(ctx, "Sign in", "login"), safeNext(ctx.queryParam("next")), email, error));
    ctx.status(status);
  }

  private void login(Context ctx) {
    String email = UserStore.normalise(ctx.formParam("email"));
    String password = ctx.formParam("password");
    String address = clients.address(ctx);
    if (!perAddress.tryAcquire(address) || perAccount.exhausted(email)) {
      LOG.warn("Login refused by rate limit (address {}, account {})", address, email);
      ctx.header("Retry-After", Long.toString(Math.max(1, Math.max(perAddress.retryAfter(address).toSeconds(),
          perAccount.retryAfter(email).toSeconds()))));
      show(ctx, email, "Too many sign-in attempts. Wait a few minutes, then try again.", 429);
      return;
    }
    var credentials = users.credentials(email);
    boolean valid = Passwords.verify(password == null ? "" : password, credentials.map(UserStore.Credentials::passwordHash).orElse(null));
    if (!valid || credentials.get().user().disabled()) {
      perAccount.tryAcquire(email);
      LOG.info("Failed sign-in for {} from {}", email, address);
      show(ctx, email, "The e-mail address or password is not right.", 401);
      return;
    }
    User user = credentials.get().user();
    perAccount.reset(email);
    if (Passwords.needsRehash(credentials.get().passwordHash())) {
      users.rehash(user.id(), password.toCharArray());
    }
    SessionStore.Opened opened = sessions.open(user, address, ctx.userAgent());
    cookies.set(ctx, cookies.sessionName(ctx), opened.cookieValue(), sessionSeconds);
    LOG.info("{} signed in ({})", user.email(), user.role().wireName());
    String next = safeNext(ctx.formParam("next"));
    ctx.redirect(next != null ? next : home(user.role()), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    String cookie = cookies.session(ctx);
    if (cookie != null) {
      sessions.close(cookie);
    }
    cookies.clear(ctx, cookies.sessionName(ctx));
    ctx.redirect("/login?notice=signed-out", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Where a role starts. */
  public static String home(Role role) {
    return switch (role) {
      case STAFF, ADMIN -> "/inbox";
      case OPERATOR -> "/operations";
      case AUDITOR -> "/requests";
    };
  }

  /** Only a path on this site: {@code /x}, never {@code //host} or {@code /\host} (open redirects). */
  static String safeNext(String next) {
    if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.toLowerCase(Locale.ROOT).contains("\r") || next.contains("\n") || next.startsWith("/login")) {
      return null;
    }
    return next;
  }
}
