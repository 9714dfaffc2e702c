package dev.opsflow.shared.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appending to the PostgreSQL ledger: one contiguous chain, also under concurrent writers. */
class PostgresLedgerTest {
  HikariDataSource dataSource;
  PostgresLedger ledger;

  @BeforeEach
  void freshLedger() throws Exception {
    dataSource = LedgerDatabases.fresh();
    ledger = new PostgresLedger(dataSource);
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void appends_formOneChainFromGenesis_andReadBackHashesEqual() {
    // GIVEN / WHEN three entries are appended, one with decimals and unicode in its body
    LedgerEntry first = ledger.append(LedgerRecords.request("exec-1", "{\"amount\": 12.50, \"name\": \"Zoë\"}"));
    LedgerEntry second = ledger.append(LedgerRecords.request("exec-2", "{\"b\": 1, \"a\": [true, null]}"));
    LedgerEntry third = ledger.append(LedgerRecords.request("exec-1", "{}"));

    // THEN they are seq 1, 2, 3, each linked to the one before, and what is read back hashes to the stored hash
    assertThat(List.of(first.seq(), second.seq(), third.seq())).containsExactly(1L, 2L, 3L);
    assertThat(first.prevHash()).isEqualTo(EntryHashes.GENESIS);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(third.prevHash()).isEqualTo(second.hash());
    List<LedgerEntry> exec1 = ledger.entries("exec-1");
    assertThat(exec1).extracting(LedgerEntry::seq).containsExactly(1L, 3L);
    for (LedgerEntry read : exec1) {
      assertThat(EntryHashes.hash(read.prevHash(), read.record())).isEqualTo(read.hash());
    }
    assertThat(new LedgerVerifier(dataSource).verify().intact()).isTrue();
  }

  @Test
  void concurrentWriters_keepOneUnbrokenChain() throws Exception {
    // GIVEN four threads appending 25 entries each at once
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    try {
      for (int t = 0; t < 4; t++) {
        String correlation = "exec-" + t;
        writers.add(threads.submit(() -> {
          for (int i = 0; i < 25; i++) {
            ledger.append(LedgerRecords.request(correlation, "{\"i\": " + i + "}"));
          }
        }));
      }
      // WHEN they are done
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    // THEN the ledger holds 100 entries in one chain, seq 1..100, and verifies intact
    LedgerReport report = new LedgerVerifier(dataSource).verify();
    assertThat(report.findings()).isEmpty();
    assertThat(report.entriesChecked()).isEqualTo(100);
    assertThat(report.headSeq()).isEqualTo(100);
  }
}
