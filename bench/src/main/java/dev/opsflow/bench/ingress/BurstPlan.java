package dev.opsflow.bench.ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which webhooks the burst sends, per entity stream: unique events {@code <entity>-<seq>} with seq 1, 2, ... in
 * order, re-sends of events already sent earlier in the same stream (a sender retrying), and events with a bad
 * signature (never to be recorded). Fixed seed, so runs are comparable.
 */
record BurstPlan(List<List<Send>> streams, int unique, int duplicates, int bad) {
  /** One request: the event id, its entity, its sequence number, and what kind of send it is. */
  record Send(String eventId, String entity, int seq, Kind kind) {}

  enum Kind { UNIQUE, DUPLICATE, BAD_SIGNATURE }

  static BurstPlan of(int requests, int duplicatePercent, int badPercent, int entities) {
    int duplicates = requests * duplicatePercent / 100;
    int bad = requests * badPercent / 100;
    int unique = requests - duplicates - bad;
    Random random = new Random(42);
    List<List<Send>> streams = new ArrayList<>();
    for (int e = 0; e < entities; e++) {
      streams.add(new ArrayList<>());
    }
    for (int i = 0; i < unique; i++) {
      List<Send> stream = streams.get(i % entities);
      String entity = "entity-" + (i % entities);
      stream.add(new Send(entity + "-" + (stream.size() + 1), entity, stream.size() + 1, Kind.UNIQUE));
    }
    for (int i = 0; i < duplicates; i++) {
      List<Send> stream = streams.get(random.nextInt(entities));
      int position = 1 + random.nextInt(stream.size());
      Send original = stream.get(random.nextInt(position));
      while (original.kind() != Kind.UNIQUE) {
        original = stream.get(random.nextInt(position));
      }
      stream.add(position, new Send(original.eventId(), original.entity(), original.seq(), Kind.DUPLICATE));
    }
    for (int i = 0; i < bad; i++) {
      List<Send> stream = streams.get(random.nextInt(entities));
      stream.add(random.nextInt(stream.size() + 1), new Send("forged-" + i, "entity-forged", 0, Kind.BAD_SIGNATURE));
    }
    return new BurstPlan(streams, unique, duplicates, bad);
  }
}
