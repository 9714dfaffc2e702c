package dev.opsflow.fn.escalaterequest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.workflow.StepRef;
import java.time.Instant;
import java.util.List;

/** The rung that fell due (as ScheduleEscalation planned it) for the request. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EscalateRequestInput(StepRef step, String requestId, String urgency, String team, Rung rung) {

  /** One rung: level, due instant, recipients (person ids) and channels (wire names). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Rung(int level, boolean last, Instant dueAt, List<String> recipients, List<String> channels) {}
}
