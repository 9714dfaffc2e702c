package dev.opsflow.webapp.inbox;

import dev.opsflow.webapp.web.Chrome;
import java.util.List;

/** The inbox's model: the pending tasks (most urgent, then oldest, first) and which kind is shown. */
public record InboxPage(Chrome chrome, List<InboxItem> items, String kind) {}
