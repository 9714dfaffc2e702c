package dev.opsflow.webapp.web;

import dev.opsflow.shared.intake.store.RequestNotFoundException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error pages: an {@link HttpError} shows its message with its status; anything unexpected is logged with its
 * stack and shown as a plain 500 that reveals nothing of the exception.
 */
public final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  /** The error page's model. */
  public record ErrorPage(Chrome chrome, int status, String message) {}

  private ErrorPages() {}

  public static void register(Javalin app, Views views) {
    app.exception(HttpError.class, (e, ctx) -> show(ctx, views, e.status(), e.getMessage()));
    app.exception(RequestNotFoundException.class, (e, ctx) -> show(ctx, views, 404, "The request was not found."));
    // The one catch-all: whatever a handler did not expect must become a page that leaks nothing, and a log line.
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      show(ctx, views, 500, "Something went wrong on our side. It has been logged; please try again.");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
        show(ctx, views, 404, "There is no page at this address.");
      }
    });
  }

  private static void show(Context ctx, Views views, int status, String message) {
    views.render(ctx, "error.jte", new ErrorPage(Access.chrome(ctx, status == 404 ? "Not found" : "Error", ""), status, message));
    ctx.status(status);
  }
}
