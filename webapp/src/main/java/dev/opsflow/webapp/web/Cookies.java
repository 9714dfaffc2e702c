package dev.opsflow.webapp.web;

import io.javalin.http.Context;

/**
 * Writes cookies with every attribute spelled out: HttpOnly, SameSite=Lax, Path=/, and Secure where {@link
 * ClientRequests#secureCookies} says so. A Secure session cookie takes the {@code __Host-} prefix, which browsers
 * only accept with Secure, Path=/ and no Domain: no sibling subdomain can plant or overwrite it.
 */
public final class Cookies {
  private final ClientRequests clients;

  public Cookies(ClientRequests clients) {
    this.clients = clients;
  }

  /** The session cookie's name for this request. */
  public String sessionName(Context ctx) {
    return clients.secureCookies(ctx) ? "__Host-opsflow_session" : "opsflow_session";
  }

  /** The session cookie value, under whichever name applies, or null. */
  public String session(Context ctx) {
    return ctx.cookie(sessionName(ctx));
  }

  public void set(Context ctx, String name, String value, long maxAgeSeconds) {
    StringBuilder cookie = new StringBuilder(name).append('=').append(value)
        .append("; Path=/; HttpOnly; SameSite=Lax; Max-Age=").append(maxAgeSeconds);
    if (clients.secureCookies(ctx)) {
      cookie.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }

  public void clear(Context ctx, String name) {
    set(ctx, name, "", 0);
  }
}
