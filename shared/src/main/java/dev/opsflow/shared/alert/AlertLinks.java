package dev.opsflow.shared.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Links from an alert into the dashboard at {@code OPSFLOW_PUBLIC_URL} (default {@value #DEFAULT_URL}): the
 * request when there is one ({@code /requests/<id>}), else the execution ({@code /executions/<arn>}), else the
 * page of its kind ({@code /outbox}, {@code /dead-letters}).
 */
public record AlertLinks(String baseUrl) {
  public static final String DEFAULT_URL = "http://localhost:8080";

  public AlertLinks {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public static AlertLinks from(Map<String, String> env) {
    String url = env.get("OPSFLOW_PUBLIC_URL");
    return new AlertLinks(url == null || url.isBlank() ? DEFAULT_URL : url);
  }

  public String link(Incident incident) {
    if (incident.requestId() != null) {
      return baseUrl + "/requests/" + encode(incident.requestId());
    }
    if (incident.executionArn() != null) {
      return baseUrl + "/executions/" + encode(incident.executionArn());
    }
    return baseUrl + switch (incident.kind()) {
      case OUTBOX_STUCK -> "/outbox";
      case DEAD_LETTER -> "/dead-letters";
      default -> "/";
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
