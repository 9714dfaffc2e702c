package dev.opsflow.shared.ingress;

/**
 * A request ingress refuses, with the HTTP status and a machine-readable code the sender gets in {@code
 * {"error", "message"}}: 401 for a missing or wrong signature (never saying which part was wrong beyond the
 * header at fault), 400 for malformed input (with the reason), 404 for an unknown source or path, 405, 413.
 */
public class IngressException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public IngressException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public static IngressException unauthorized(String message) {
    return new IngressException(401, "invalid_signature", message);
  }

  public static IngressException malformed(String message) {
    return new IngressException(400, "malformed_request", message);
  }

  public static IngressException notFound(String message) {
    return new IngressException(404, "not_found", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public HttpAnswer answer() {
    return HttpAnswer.error(status, code, getMessage());
  }
}
