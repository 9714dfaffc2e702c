package dev.opsflow.shared.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The link checks of {@link LedgerVerifier}, over the entries' seq numbers and hashes in stored order. An entry's
 * position when it was written follows from its links ({@code prevHash} names its predecessor, the first names
 * {@link EntryHashes#GENESIS}), so a moved entry is named as reordered and an entry whose predecessor is gone as a
 * broken link; missing seq numbers are removed entries.
 */
final class ChainCheck {
  private record Link(long seq, UUID entryId, String prevHash, String hash) {}

  private static final long UNKNOWN = -1;

  private final List<Link> links = new ArrayList<>();
  private final Map<String, Link> byHash = new HashMap<>();
  private final Map<Link, Long> writtenSeq = new HashMap<>();

  void add(LedgerEntry entry) {
    Link link = new Link(entry.seq(), entry.record().entryId(), entry.prevHash(), entry.hash());
    links.add(link);
    byHash.putIfAbsent(link.hash(), link);
  }

  long size() {
    return links.size();
  }

  List<LedgerFinding> findings(long headSeq, String headHash) {
    List<LedgerFinding> findings = new ArrayList<>();
    Link before = null;
    for (Link link : links) {
      long expectedSeq = before == null ? 1 : before.seq() + 1;
      boolean gap = link.seq() > expectedSeq;
      if (gap) {
        findings.add(removed(expectedSeq, link.seq() - 1));
      }
      String expectedPrev = before == null ? EntryHashes.GENESIS : before.hash();
      if (!link.prevHash().equals(expectedPrev)) {
        long written = writtenSeq(link);
        if (written != UNKNOWN && written != link.seq()) {
          findings.add(
              new LedgerFinding(
                  LedgerFinding.Kind.REORDERED, link.seq(), link.entryId(), "it was written as entry " + written + " of the chain"));
        } else if (written == UNKNOWN && !gap) {
          findings.add(
              new LedgerFinding(
                  LedgerFinding.Kind.BROKEN_LINK, link.seq(), link.entryId(),
                  "the predecessor it recorded is not in the ledger"
                      + (before == null ? "" : ": entry seq " + before.seq() + " was rewritten, or entries were removed and renumbered")));
        }
      }
      before = link;
    }
    long lastSeq = before == null ? 0 : before.seq();
    if (headSeq > lastSeq) {
      findings.add(removed(lastSeq + 1, headSeq));
    } else if (headSeq < lastSeq) {
      findings.add(
          new LedgerFinding(LedgerFinding.Kind.HEAD_MISMATCH, headSeq, null, "the head is seq " + headSeq + " but entries run to " + lastSeq));
    } else if (before != null && !before.hash().equals(headHash)) {
      findings.add(
          new LedgerFinding(
              LedgerFinding.Kind.HEAD_MISMATCH, lastSeq, before.entryId(), "the last entry's hash is not the head's: it was rewritten"));
    }
    return findings;
  }

  private static LedgerFinding removed(long from, long to) {
    String which = from == to ? "entry seq " + from + " is" : "entries seq " + from + " to " + to + " are";
    return new LedgerFinding(LedgerFinding.Kind.REMOVED, from, null, which + " missing");
  }

  /** The position at which {@code link} was written (1 for the first entry), or UNKNOWN when a predecessor is gone. */
  private long writtenSeq(Link link) {
    List<Link> path = new ArrayList<>();
    Set<Link> seen = new HashSet<>();
    Link current = link;
    long base = UNKNOWN;
    while (current != null && seen.add(current)) {
      Long known = writtenSeq.get(current);
      if (known != null) {
        base = known;
        break;
      }
      path.add(current);
      if (current.prevHash().equals(EntryHashes.GENESIS)) {
        base = 0;
        break;
      }
      current = byHash.get(current.prevHash());
    }
    // `path` runs from `link` back to the first entry whose position is known (base) or to a missing predecessor.
    for (int i = path.size() - 1; i >= 0; i--) {
      long position = base == UNKNOWN ? UNKNOWN : base + (path.size() - i);
      writtenSeq.put(path.get(i), position);
    }
    return writtenSeq.get(link);
  }
}
