package dev.opsflow.shared.ingress;

/**
 * Which recorded messages to list, newest first: by status and channel (null: any), at most {@code limit}
 * (1-1000), with ids below {@code beforeId} (null: from the newest), so a long list is read page by page.
 */
public record InboundFilter(InboundStatus status, Channel channel, int limit, Long beforeId) {
  public InboundFilter {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000");
    }
  }

  public static InboundFilter newest(int limit) {
    return new InboundFilter(null, null, limit, null);
  }
}
