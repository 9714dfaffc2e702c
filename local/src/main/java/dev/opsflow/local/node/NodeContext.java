package dev.opsflow.local.node;

import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.invoke.LambdaRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a {@link NodeComponent} gets: the engine and its function registry, the node's migrated database, the
 * Step Functions endpoint (for components that talk to the engine through the AWS SDK, as they would in AWS),
 * the repository root (statemachines/, config/, events/ ...), the address to bind and the environment.
 */
public record NodeContext(
    LocalEngine engine,
    LambdaRegistry lambdas,
    DataSource dataSource,
    URI stepFunctionsEndpoint,
    Path home,
    String bindAddress,
    Map<String, String> env) {
  public NodeContext {
    env = Map.copyOf(env);
  }
}
