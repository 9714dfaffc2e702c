package dev.opsflow.local.node;

/**
 * A part of the one-machine node that {@code opsflow local} starts after the engine and its Step Functions API
 * are up: the event bus, the channels' ingress, the dashboard, the outbox relay, telemetry. Found with {@link
 * java.util.ServiceLoader} (list the class in {@code META-INF/services/dev.opsflow.local.node.NodeComponent}),
 * so the runtime does not depend on the modules that bring them. Components start in {@link #order()} and stop
 * in reverse.
 */
public interface NodeComponent {
  /** A short name for logs: {@code event-bus}, {@code dashboard}. */
  String name();

  /** Lower starts first (default 100). */
  default int order() {
    return 100;
  }

  /** Starts the component; closing the result stops it. */
  AutoCloseable start(NodeContext context) throws Exception;
}
