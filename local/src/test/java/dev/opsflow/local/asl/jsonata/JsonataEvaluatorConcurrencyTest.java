package dev.opsflow.local.asl.jsonata;

import static dev.opsflow.local.asl.jsonata.JsonataTestData.input;
import static dev.opsflow.local.asl.jsonata.JsonataTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonataEvaluatorConcurrencyTest {
  @Test
  void sharedExpressionAcrossThreads_givesEachThreadItsOwnResult() throws Exception {
    // GIVEN one evaluator and one template used by many threads with different inputs
    JsonataEvaluator evaluator = new JsonataEvaluator();
    JsonNode template = json("{\"double\":\"{% $states.input.n * 2 %}\",\"p\":\"{% $partition([$states.input.n], 1) %}\"}");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      // WHEN 2000 evaluations run concurrently
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        int n = i;
        outcomes.add(
            pool.submit(
                () ->
                    evaluator
                        .evaluate("Output", template, input("{\"n\":" + n + "}"))
                        .equals(json("{\"double\":" + (2 * n) + ",\"p\":[[" + n + "]]}"))));
      }

      // THEN every evaluation saw its own input
      for (Future<Boolean> outcome : outcomes) {
        assertThat(outcome.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cache_staysWithinCapacityAndReusesParsedExpressions() {
    // GIVEN a cache of three entries
    CompiledExpressions cache = new CompiledExpressions(3);
    JsonataEvaluator evaluator = new JsonataEvaluator(cache);

    // WHEN five distinct expressions are evaluated and the first one is parsed again
    for (int i = 0; i < 5; i++) {
      assertThat(evaluator.evaluate("Output", json("\"{% " + i + " + 1 %}\""), input("{}"))).isEqualTo(json("" + (i + 1)));
    }

    // THEN only three are kept and a kept one is returned as is
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get("4 + 1")).isSameAs(cache.get("4 + 1"));
  }
}
