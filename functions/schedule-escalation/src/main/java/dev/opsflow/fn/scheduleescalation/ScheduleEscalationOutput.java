package dev.opsflow.fn.scheduleescalation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.opsflow.shared.config.NotificationPolicy.Person;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.intake.EscalationStep;
import java.time.Instant;
import java.util.List;

/** When the SLA falls due, and each rung: its level, due instant, recipients (person ids) and channels. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduleEscalationOutput(Instant slaDueAt, List<Rung> rungs) {

  /** One rung as the workflow waits for it ({@code WaitForEscalation} reads {@code due_at}). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Rung(int level, boolean last, Instant dueAt, List<String> recipients, List<String> channels) {
    static Rung of(EscalationStep step) {
      return new Rung(
          step.number(), step.last(), step.dueAt(),
          step.recipients().stream().map(Person::id).toList(),
          step.channels().stream().map(NotifyChannel::wireName).toList());
    }
  }
}
