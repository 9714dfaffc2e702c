package dev.opsflow.local.api;

import java.util.Set;

/**
 * The request checks AWS makes before it looks anything up: required members, resource names and ARNs of the
 * right resource type. Messages are AWS's.
 */
final class ApiChecks {
  private static final int MAX_NAME_LENGTH = 80;
  /** Characters AWS refuses in state machine and execution names (besides whitespace and control characters). */
  private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";
  private static final Set<String> STATE_MACHINE_RESOURCES = Set.of("stateMachine");
  private static final Set<String> EXECUTION_RESOURCES = Set.of("execution", "express");

  private ApiChecks() {}

  static <T> T required(T value, String member) {
    if (value == null) {
      throw ApiErrors.memberNull(member);
    }
    return value;
  }

  /** A state machine or execution name: 1 to 80 characters, no whitespace, brackets, wildcards or specials. */
  static String name(String name) {
    required(name, "name");
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw ApiErrors.invalidName(name);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
        throw ApiErrors.invalidName(name);
      }
    }
    return name;
  }

  static String stateMachineArn(String arn, String member) {
    return arn(arn, member, STATE_MACHINE_RESOURCES);
  }

  static String executionArn(String arn, String member) {
    return arn(arn, member, EXECUTION_RESOURCES);
  }

  /** {@code arn:partition:states:region:account:type:name...} with {@code type} among {@code allowed}. */
  private static String arn(String arn, String member, Set<String> allowed) {
    required(arn, member);
    String[] parts = arn.split(":", -1);
    if (parts.length < 7 || !"arn".equals(parts[0]) || !"states".equals(parts[2]) || parts[6].isEmpty()) {
      throw ApiErrors.invalidArn("Invalid ARN prefix: " + arn);
    }
    if (!allowed.contains(parts[5])) {
      throw ApiErrors.invalidArn("Resource type not valid in this context: " + parts[5].toLowerCase(java.util.Locale.ROOT));
    }
    return arn;
  }

  /** {@code maxResults}: 0 (or absent) means the default page of 100; AWS allows at most 1000. */
  static int maxResults(Integer maxResults) {
    if (maxResults == null || maxResults == 0) {
      return 100;
    }
    if (maxResults < 0) {
      throw ApiErrors.memberConstraint("maxResults", maxResults, "Member must have value greater than or equal to 0");
    }
    if (maxResults > 1000) {
      throw ApiErrors.memberConstraint("maxResults", maxResults, "Member must have value less than or equal to 1000");
    }
    return maxResults;
  }
}
