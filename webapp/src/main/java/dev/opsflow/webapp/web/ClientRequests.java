package dev.opsflow.webapp.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Facts about the client of a request that depend on whether a proxy is trusted: its address (for rate limits)
 * and whether it came over https (for Secure cookies and HSTS). Behind App Runner's proxy, which appends the
 * client's address to {@code X-Forwarded-For}, the last entry is the one the proxy vouches for.
 */
public final class ClientRequests {
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final WebSettings settings;

  public ClientRequests(WebSettings settings) {
    this.settings = settings;
  }

  public String address(Context ctx) {
    if (settings.trustProxy()) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.req().getRemoteAddr();
  }

  public boolean https(Context ctx) {
    if (settings.trustProxy() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
      return true;
    }
    return "https".equalsIgnoreCase(ctx.scheme());
  }

  /** Cookies are Secure unless the page is plain http on this machine's loopback name (the developer's loop). */
  public boolean secureCookies(Context ctx) {
    return https(ctx) || !LOOPBACK_HOSTS.contains(hostName(ctx));
  }

  private static String hostName(Context ctx) {
    String host = ctx.host();
    if (host == null) {
      return "";
    }
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 ? host.substring(0, end + 1) : host;
    }
    int colon = host.lastIndexOf(':');
    return colon > 0 ? host.substring(0, colon) : host;
  }
}
