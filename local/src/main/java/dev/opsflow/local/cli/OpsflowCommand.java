package dev.opsflow.local.cli;

/**
 * A top-level {@code opsflow} subcommand brought by a module the runtime does not depend on (the dashboard's
 * {@code users}, the node's {@code backup}): a picocli {@code @Command} class implementing this marker and listed
 * in {@code META-INF/services/dev.opsflow.local.cli.OpsflowCommand} is added to the command line when it is on
 * the classpath.
 */
public interface OpsflowCommand {}
