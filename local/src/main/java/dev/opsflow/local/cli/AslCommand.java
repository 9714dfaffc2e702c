package dev.opsflow.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.engine.EngineClock;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.local.engine.ExecutionStatus;
import dev.opsflow.local.engine.LocalEngine;
import dev.opsflow.local.engine.StateMachineRef;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.local.engine.VirtualClock;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opsflow asl run}: runs one definition on one input, in memory, and prints how it ended. */
@Command(name = "asl", description = "Run Amazon States Language definitions locally.", subcommands = {AslCommand.Run.class})
final class AslCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "run", description = "Runs a definition on an input and prints the output JSON (or error and cause).")
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--definition", required = true, description = "ASL definition file (JSON).")
    Path definition;

    @Option(names = "--input", description = "Input JSON file (default: {}).")
    Path input;

    @Option(names = "--type", defaultValue = "STANDARD", description = "STANDARD or EXPRESS.")
    StateMachineType type;

    @Option(names = "--real-time", description = "Really wait for Wait states and retries (default: a virtual clock jumps ahead).")
    boolean realTime;

    @Option(names = "--history", description = "Print the execution history events too.")
    boolean history;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String definitionText = Files.readString(definition);
      String inputText = input == null ? "{}" : Files.readString(input);
      EngineClock clock = realTime ? EngineClock.system() : new VirtualClock(Instant.now());
      LocalEngine engine = LocalEngine.inMemory(clock, new LambdaRegistry());
      StateMachineRef machine;
      try {
        machine = engine.createStateMachine("cli", definitionText, type);
        Json.parse(inputText);
      } catch (DefinitionException e) {
        err.println(e.errorCode() + ": " + e.getMessage());
        return 2;
      } catch (IllegalArgumentException e) {
        err.println("Invalid input: " + e.getMessage());
        return 2;
      }
      ExecutionResult result = engine.run(machine, null, inputText);
      if (history) {
        for (JsonNode event : result.history()) {
          err.println(Json.write(event));
        }
      }
      if (result.status() == ExecutionStatus.SUCCEEDED) {
        out.println(Json.write(result.output()));
        return 0;
      }
      err.println("status: " + result.status());
      err.println("error: " + result.error());
      err.println("cause: " + result.cause());
      return 1;
    }
  }
}
