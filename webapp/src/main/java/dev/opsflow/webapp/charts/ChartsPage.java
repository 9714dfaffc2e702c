package dev.opsflow.webapp.charts;

import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/** The charts page: each chart over the last {@code days} days. */
public record ChartsPage(Chrome chrome, int days, List<BarChart> charts) {}
