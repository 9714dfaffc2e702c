package dev.opsflow.local.node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's started components (found on the classpath), stopped in reverse order on close. */
public final class NodeComponents implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeComponents.class);

  private final Deque<Started> started = new ArrayDeque<>();

  private record Started(String name, AutoCloseable handle) {}

  private NodeComponents() {}

  /** Starts every component on the classpath; if one fails, those already started are stopped and the error is thrown. */
  public static NodeComponents start(NodeContext context) throws Exception {
    List<NodeComponent> found = new ArrayList<>();
    ServiceLoader.load(NodeComponent.class).forEach(found::add);
    found.sort(Comparator.comparingInt(NodeComponent::order).thenComparing(NodeComponent::name));
    NodeComponents components = new NodeComponents();
    try {
      for (NodeComponent component : found) {
        components.started.push(new Started(component.name(), component.start(context)));
        LOG.info("Started {}", component.name());
      }
    } catch (Exception | Error e) {
      components.close();
      throw e;
    }
    return components;
  }

  public List<String> names() {
    List<String> names = new ArrayList<>();
    started.descendingIterator().forEachRemaining(s -> names.add(s.name()));
    return names;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      Started component = started.pop();
      try {
        component.handle().close();
      } catch (Exception e) {
        // Stopping goes on for the others: one component's failure to stop must not keep the rest running.
        LOG.warn("Stopping {} failed", component.name(), e);
      }
    }
  }
}
