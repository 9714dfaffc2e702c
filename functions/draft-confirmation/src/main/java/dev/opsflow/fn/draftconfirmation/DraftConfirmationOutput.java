package dev.opsflow.fn.draftconfirmation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The draft: subject and body, whether a person must see it ({@code needs_human}), the guard's reasons in words
 * and as flags (wire names of {@code DraftFlag}, which the approval policy reads).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DraftConfirmationOutput(String subject, String body, boolean needsHuman, List<String> reasons, List<String> flags) {}
