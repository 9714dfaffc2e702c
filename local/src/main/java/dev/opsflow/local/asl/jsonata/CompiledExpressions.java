package dev.opsflow.local.asl.jsonata;

import com.dashjoin.jsonata.Jsonata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, least-recently-used cache of parsed JSONata expressions keyed by their text, because a definition
 * evaluates the same expressions over and over (every Map iteration, every retry).
 *
 * <p>Sharing a parsed {@link Jsonata} between threads is safe as long as nothing writes to its environment after
 * it is published and every evaluation gets its own frame: the AWS functions are bound here, before the
 * expression enters the cache, and the library runs each evaluation on a per-thread evaluator with a fresh
 * child frame (see {@code JsonataEvaluatorConcurrencyTest}).
 */
final class CompiledExpressions {
  private final int capacity;
  private final Map<String, Jsonata> byText;

  CompiledExpressions(int capacity) {
    this.capacity = capacity;
    this.byText = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The parsed expression; throws {@link com.dashjoin.jsonata.JException} when the text does not parse. */
  Jsonata get(String text) {
    synchronized (byText) {
      Jsonata cached = byText.get(text);
      if (cached != null) {
        return cached;
      }
    }
    // Parse outside the lock; two threads racing on the same text just parse it twice.
    Jsonata parsed = Jsonata.jsonata(text);
    parsed.setOutputConvertNulls(false); // keep JSON null apart from undefined (Java null)
    AwsJsonataFunctions.registerOn(parsed);
    synchronized (byText) {
      Jsonata earlier = byText.putIfAbsent(text, parsed);
      if (byText.size() > capacity) {
        byText.remove(byText.keySet().iterator().next()); // the least recently used
      }
      return earlier != null ? earlier : parsed;
    }
  }

  int size() {
    synchronized (byText) {
      return byText.size();
    }
  }
}
