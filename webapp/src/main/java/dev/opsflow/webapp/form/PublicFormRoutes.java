package dev.opsflow.webapp.form;

import dev.opsflow.webapp.auth.RateLimiter;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.ClientRequests;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The public intake form ({@code /request-service}): no login, a CSRF token bound to the visitor's cookie, a
 * rate limit per client address, validation messages that say what to fix (listed at the top and beside each
 * field), and a confirmation page after a redirect, so a reload does not post again.
 */
public final class PublicFormRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(PublicFormRoutes.class);
  private static final Pattern SUBMISSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final List<String> ORDER = List.of("customer_name", "phone", "email", "address", "issue_type", "urgency", "preferred_time", "description");
  private static final List<String> REQUIRED = List.of("customer_name", "address", "issue_type", "urgency", "description");

  private final IntakeStarter starter;
  private final RequestFields fields;
  private final RateLimiter perAddress;
  private final ClientRequests clients;
  private final Access access;
  private final Views views;

  public PublicFormRoutes(IntakeStarter starter, RequestFields fields, RateLimiter perAddress, ClientRequests clients, Access access, Views views) {
    this.starter = starter;
    this.fields = fields;
    this.perAddress = perAddress;
    this.clients = clients;
    this.access = access;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/request-service", ctx -> show(ctx, Map.of("urgency", "routine"), List.of(), null, UUID.randomUUID().toString(), 200));
    app.post("/request-service", this::submit);
    app.get("/request-service/thanks", this::thanks);
  }

  private void show(Context ctx, Map<String, String> values, List<FieldInput> errors, String problem, String submissionId, int status) {
    List<FieldInput> inputs = new ArrayList<>();
    for (String name : ORDER) {
      String error = errors.stream().filter(e -> e.spec().name().equals(name)).map(FieldInput::error).findFirst().orElse(null);
      inputs.add(new FieldInput(RequestFields.spec(name), values.get(name), error, REQUIRED.contains(name)));
    }
    String title = errors.isEmpty() && problem == null ? "Request a service visit" : "Error: Request a service visit";
    views.render(ctx, "form.jte", new FormPage(access.anonymousChrome(ctx, title, "form"), inputs, submissionId, errors, problem));
    ctx.status(status);
  }

  private void submit(Context ctx) {
    String submissionId = ctx.formParam("submission_id");
    if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
      submissionId = UUID.randomUUID().toString();
    }
    Map<String, String> typed = new LinkedHashMap<>();
    ORDER.forEach(name -> typed.put(name, ctx.formParam(name)));
    if (!perAddress.tryAcquire(clients.address(ctx))) {
      ctx.header("Retry-After", Long.toString(Math.max(1, perAddress.retryAfter(clients.address(ctx)).toSeconds())));
      show(ctx, typed, List.of(), "We received many requests from your network just now. Please wait a few minutes and send it again, or call us.",
          submissionId, 429);
      return;
    }
    Map<String, String> checked = new LinkedHashMap<>();
    List<FieldInput> errors = new ArrayList<>();
    for (String name : ORDER) {
      RequestFields.Checked result = fields.check(name, typed.get(name), REQUIRED.contains(name));
      if (!result.ok()) {
        errors.add(new FieldInput(RequestFields.spec(name), typed.get(name), result.error(), REQUIRED.contains(name)));
      } else if (result.value() != null) {
        checked.put(name, result.value());
      }
    }
    if (!checked.containsKey("phone") && !checked.containsKey("email") && errors.stream().noneMatch(e -> e.spec().name().equals("phone"))) {
      errors.add(new FieldInput(RequestFields.spec("phone"), typed.get("phone"), "Enter a phone number or an e-mail address so we can reach you.", false));
    }
    String description = checked.get("description");
    if (description != null && description.length() < 10) {
      errors.add(new FieldInput(RequestFields.spec("description"), description, "Describe the problem in a few words (at least 10 characters).", true));
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(e -> ORDER.indexOf(e.spec().name())));
      show(ctx, typed, errors, null, submissionId, 422);
      return;
    }
    try {
      IntakeStarter.Started started = starter.start(submissionId, checked);
      LOG.info("Web form {} started {}{}", submissionId, started.executionName(), started.duplicate() ? " (already started)" : "");
    } catch (SdkException | IllegalStateException e) {
      LOG.error("Web form {} could not start the intake workflow", submissionId, e);
      show(ctx, typed, List.of(), "We could not take your request just now. Please try again in a minute, or call us.", submissionId, 503);
      return;
    }
    ctx.redirect("/request-service/thanks?ref=" + submissionId, HttpStatus.SEE_OTHER);
  }

  private void thanks(Context ctx) {
    String ref = ctx.queryParam("ref");
    String reference = ref != null && SUBMISSION_ID.matcher(ref).matches() ? "WEB-" + ref.substring(0, 8).toUpperCase(Locale.ROOT) : null;
    views.render(ctx, "thanks.jte", new ThanksPage(access.anonymousChrome(ctx, "Request received", "form"), reference));
  }
}
