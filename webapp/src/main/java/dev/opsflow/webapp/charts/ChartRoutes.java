package dev.opsflow.webapp.charts;

import dev.opsflow.webapp.auth.Permission;
import dev.opsflow.webapp.web.Access;
import dev.opsflow.webapp.web.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** {@code /charts}: volume per day, completeness, time to resolution and SLA breaches, drawn server-side as SVG. */
public final class ChartRoutes {
  private static final int DAYS = 30;

  private final ChartQueries queries;
  private final Clock clock;
  private final Views views;

  public ChartRoutes(ChartQueries queries, Clock clock, Views views) {
    this.queries = queries;
    this.clock = clock;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/charts", this::show);
  }

  private void show(Context ctx) {
    Access.require(ctx, Permission.READ_REQUESTS);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate first = today.minusDays(DAYS - 1);
    var since = first.atStartOfDay().toInstant(ZoneOffset.UTC);
    List<BarChart> charts = List.of(
        BarChart.of("Requests per day", "requests", queries.volumePerDay(first, today)),
        BarChart.of("Completeness when scored", "requests", queries.completeness(since)),
        BarChart.of("Time to resolution", "requests", queries.timeToResolution(since)),
        BarChart.of("SLA breaches per day (escalated requests)", "requests", queries.slaBreachesPerDay(first, today)));
    views.render(ctx, "charts.jte", new ChartsPage(Access.chrome(ctx, "Charts", "charts"), DAYS, charts));
  }
}
