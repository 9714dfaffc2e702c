package dev.opsflow.webapp.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled jte templates (src/main/jte, compiled to classes at build time by jte-maven-plugin).
 * Html content type: every {@code ${...}} is escaped for its place in the page (text, attribute, URL), so a
 * script a customer typed into a request shows as text.
 */
public final class Views {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code template} (e.g. {@code "inbox.jte"}) with its one parameter {@code model} as the response. */
  public void render(Context ctx, String template, Object model) {
    StringOutput output = new StringOutput(8192);
    engine.render(template, model, output);
    ctx.contentType("text/html; charset=utf-8").result(output.toString());
  }
}
