package dev.opsflow.webapp.web;

import io.javalin.http.Context;

/**
 * Headers on every response. The CSP allows scripts and styles from this origin only (no inline script, no
 * eval: htmx is loaded as a file and configured by a meta tag), forms that post here only, and no framing.
 * HSTS only over https, where it means something. Pages are never cached: they show personal data.
 */
public final class SecurityHeaders {
  static final String CSP = String.join("; ",
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'");

  private final ClientRequests clients;

  public SecurityHeaders(ClientRequests clients) {
    this.clients = clients;
  }

  public void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
      ctx.header("Cache-Control", "no-store");
    }
    if (clients.https(ctx)) {
      ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
