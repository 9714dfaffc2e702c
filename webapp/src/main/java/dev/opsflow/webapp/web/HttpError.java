package dev.opsflow.webapp.web;

/**
 * Ends a request with {@code status} and a message safe to show (never an exception's text): 400 for bad input,
 * 403 for a missing permission or CSRF token, 404, 409 for a task someone else holds, 429 for rate limits.
 */
public final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static HttpError notFound(String what) {
    return new HttpError(404, what + " was not found.");
  }

  public static HttpError forbidden() {
    return new HttpError(403, "Your role does not allow this.");
  }
}
