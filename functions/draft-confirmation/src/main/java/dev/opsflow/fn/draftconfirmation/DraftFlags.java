package dev.opsflow.fn.draftconfirmation;

import dev.opsflow.shared.intake.DraftFlag;
import java.util.List;

/**
 * The approval policy's flags for the guard's reasons. {@code DraftGuard} states each finding as
 * "promises a date or time: ..." or "names a price: ..."; this reads those prefixes.
 */
final class DraftFlags {
  private DraftFlags() {}

  static List<String> of(List<String> reasons) {
    return reasons.stream()
        .map(DraftFlags::flag)
        .filter(java.util.Objects::nonNull)
        .map(DraftFlag::wireName)
        .distinct()
        .toList();
  }

  private static DraftFlag flag(String reason) {
    if (reason.startsWith("promises a date or time")) {
      return DraftFlag.PROMISES_TIME;
    }
    if (reason.startsWith("names a price")) {
      return DraftFlag.NAMES_PRICE;
    }
    return null;
  }
}
