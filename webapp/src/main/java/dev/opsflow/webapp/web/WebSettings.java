package dev.opsflow.webapp.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The dashboard's settings, from the environment (the node's or the container's):
 *
 * <ul>
 *   <li>{@code OPSFLOW_WEB_PORT} (default 8080) and {@code OPSFLOW_WEB_BIND} (default: the node's bind address,
 *       or 0.0.0.0 in the container);
 *   <li>{@code OPSFLOW_PUBLIC_URL}: the address users reach (default {@code http://localhost:<port>}); an
 *       {@code https} URL turns on Secure cookies and HSTS;
 *   <li>{@code OPSFLOW_TRUST_PROXY}: {@code true} behind a proxy that sets {@code X-Forwarded-For} and {@code
 *       X-Forwarded-Proto} (App Runner); otherwise those headers are ignored;
 *   <li>{@code OPSFLOW_SESSION_IDLE_MINUTES} (30) and {@code OPSFLOW_SESSION_MAX_HOURS} (12);
 *   <li>{@code OPSFLOW_INTAKE_STATE_MACHINE_ARN}, or {@code OPSFLOW_INTAKE_STATE_MACHINE} (a name looked up
 *       with ListStateMachines; default {@code opsflow-service-intake});
 *   <li>{@code OPSFLOW_CONFIG_DIR} (default {@code config}): shown read-only to operators;
 *   <li>{@code OPSFLOW_LOGIN_LIMIT_PER_IP} (20 per 5 minutes), {@code OPSFLOW_LOGIN_FAILURES_PER_ACCOUNT}
 *       (5 per 15 minutes), {@code OPSFLOW_FORM_LIMIT_PER_IP} (10 per 10 minutes).
 * </ul>
 */
public record WebSettings(
    String bindAddress,
    int port,
    URI publicUrl,
    boolean trustProxy,
    Duration sessionIdle,
    Duration sessionAbsolute,
    String intakeStateMachine,
    Path configDir,
    int loginLimitPerIp,
    int loginFailuresPerAccount,
    int formLimitPerIp) {

  public WebSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("OPSFLOW_WEB_PORT must be between 0 and 65535, not " + port);
    }
    if (sessionIdle.isNegative() || sessionIdle.isZero() || sessionAbsolute.compareTo(sessionIdle) < 0) {
      throw new IllegalArgumentException("Session limits must be positive, the absolute one at least the idle one");
    }
  }

  /** Reads the environment; {@code defaultBind} is used when OPSFLOW_WEB_BIND is unset. */
  public static WebSettings from(Map<String, String> env, String defaultBind) {
    int port = integer(env, "OPSFLOW_WEB_PORT", 8080);
    String publicUrl = text(env, "OPSFLOW_PUBLIC_URL", "http://localhost:" + port);
    return new WebSettings(
        text(env, "OPSFLOW_WEB_BIND", defaultBind),
        port,
        URI.create(publicUrl),
        Boolean.parseBoolean(text(env, "OPSFLOW_TRUST_PROXY", "false")),
        Duration.ofMinutes(integer(env, "OPSFLOW_SESSION_IDLE_MINUTES", 30)),
        Duration.ofHours(integer(env, "OPSFLOW_SESSION_MAX_HOURS", 12)),
        text(env, "OPSFLOW_INTAKE_STATE_MACHINE_ARN", text(env, "OPSFLOW_INTAKE_STATE_MACHINE", "opsflow-service-intake")),
        Path.of(text(env, "OPSFLOW_CONFIG_DIR", "config")),
        integer(env, "OPSFLOW_LOGIN_LIMIT_PER_IP", 20),
        integer(env, "OPSFLOW_LOGIN_FAILURES_PER_ACCOUNT", 5),
        integer(env, "OPSFLOW_FORM_LIMIT_PER_IP", 10));
  }

  /** Same settings on another port (tests use 0: any free port). */
  public WebSettings withPort(int value) {
    return new WebSettings(bindAddress, value, publicUrl, trustProxy, sessionIdle, sessionAbsolute, intakeStateMachine,
        configDir, loginLimitPerIp, loginFailuresPerAccount, formLimitPerIp);
  }

  /** True when users reach the dashboard over https (cookies get Secure, responses HSTS). */
  public boolean httpsPublic() {
    return "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  private static String text(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = text(env, name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
    }
  }
}
