package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's arithmetic: {@code hash = hex(SHA-256(prevHash || canonical JSON of the entry))}, where the entry's
 * JSON holds every stored field except seq and the hashes. Order is carried by {@code prevHash} (each entry names
 * the one written before it), so a removed or moved entry breaks a link and an altered one its own hash.
 */
public final class EntryHashes {
  /** The {@code prevHash} of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private EntryHashes() {}

  /** The hash of {@code record} chained after the entry whose hash is {@code prevHash}. */
  public static String hash(String prevHash, LedgerRecord record) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(canonical(record).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** The canonical JSON text of an entry's content (what is hashed). */
  public static String canonical(LedgerRecord record) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("entry_id", record.entryId().toString());
    node.put("correlation", record.correlation());
    node.put("integration", record.integration());
    node.put("kind", record.kind().dbValue());
    node.put("request_entry_id", record.requestEntryId() == null ? null : record.requestEntryId().toString());
    node.put("method", record.method());
    node.put("url", record.url());
    node.set("headers", record.headers());
    node.set("body", record.body());
    if (record.status() == null) {
      node.putNull("status");
    } else {
      node.put("status", record.status());
    }
    if (record.durationMs() == null) {
      node.putNull("duration_ms");
    } else {
      node.put("duration_ms", record.durationMs());
    }
    node.put("at", record.at().toString());
    return CanonicalJson.of(node);
  }
}
