package dev.opsflow.webapp.web;

import dev.opsflow.webapp.auth.FormTokens;
import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.auth.Session;
import dev.opsflow.webapp.auth.SessionStore;
import dev.opsflow.webapp.auth.Tokens;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The gate every request passes before its handler: security headers, the session (from its cookie), the login
 * requirement (everything but the public form, the login page, /health and static files), and the CSRF check of
 * every state-changing request. Signed-in forms echo the session's synchronizer token; the anonymous forms
 * (login, public intake form) echo a token bound to their own cookie ({@link FormTokens}).
 */
public final class Access {
  private static final String SESSION = "opsflow.session";
  private static final String FORM_COOKIE = "opsflow.form-cookie";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  /** Paths whose forms are posted without a session. */
  private static final Set<String> ANONYMOUS_POSTS = Set.of("/login", "/request-service");

  private final SessionStore sessions;
  private final FormTokens formTokens;
  private final Cookies cookies;
  private final SecurityHeaders headers;

  public Access(SessionStore sessions, FormTokens formTokens, Cookies cookies, SecurityHeaders headers) {
    this.sessions = sessions;
    this.formTokens = formTokens;
    this.cookies = cookies;
    this.headers = headers;
  }

  /** The before-handler. */
  public void gate(Context ctx) {
    headers.apply(ctx);
    String path = ctx.path();
    if (path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/health")) {
      return;
    }
    Session session = sessions.find(cookies.session(ctx)).orElse(null);
    ctx.attribute(SESSION, session);
    boolean anonymousForm = ANONYMOUS_POSTS.contains(path) || path.startsWith("/request-service/");
    if (!SAFE_METHODS.contains(ctx.method().name())) {
      checkCsrf(ctx, session, anonymousForm);
    }
    if (session == null && !anonymousForm) {
      if (SAFE_METHODS.contains(ctx.method().name())) {
        ctx.redirect("/login?next=" + URLEncoder.encode(pathWithQuery(ctx), StandardCharsets.UTF_8));
        ctx.skipRemainingHandlers();
        return;
      }
      throw new HttpError(401, "Please sign in again.");
    }
  }

  private void checkCsrf(Context ctx, Session session, boolean anonymousForm) {
    String sent = ctx.formParam("_csrf");
    if (sent == null) {
      sent = ctx.header("X-CSRF-Token");
    }
    boolean valid = anonymousForm
        ? formTokens.valid(ctx.cookie(FormTokens.COOKIE), sent)
        : session != null && Tokens.same(session.csrfToken(), sent);
    if (!valid) {
      throw new HttpError(403, "This form has expired or did not come from this site. Reload the page and try again.");
    }
  }

  /** The signed-in session, or null on a public page. */
  public static Session session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  /** The session if it may do {@code permission}; 403 otherwise. */
  public static Session require(Context ctx, Permission permission) {
    Session session = session(ctx);
    if (session == null) {
      throw new HttpError(401, "Please sign in.");
    }
    if (!session.may(permission)) {
      throw HttpError.forbidden();
    }
    return session;
  }

  /** The frame of a signed-in page. */
  public static Chrome chrome(Context ctx, String title, String active) {
    Session session = session(ctx);
    return new Chrome(title, active, session, session == null ? null : session.csrfToken(), Notices.text(ctx.queryParam("notice")));
  }

  /** The frame of a page with an anonymous form: sets the form cookie if the visitor has none. */
  public Chrome anonymousChrome(Context ctx, String title, String active) {
    String cookie = ctx.attribute(FORM_COOKIE);
    if (cookie == null) {
      cookie = ctx.cookie(FormTokens.COOKIE);
    }
    if (cookie == null || cookie.length() != 43) {
      cookie = Tokens.random();
      cookies.set(ctx, FormTokens.COOKIE, cookie, 60L * 60 * 24);
      ctx.attribute(FORM_COOKIE, cookie);
    }
    return new Chrome(title, active, session(ctx), formTokens.tokenFor(cookie), Notices.text(ctx.queryParam("notice")));
  }

  private static String pathWithQuery(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }
}
