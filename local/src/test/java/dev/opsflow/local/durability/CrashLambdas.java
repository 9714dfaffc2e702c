package dev.opsflow.local.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.invoke.LambdaInvocation;
import dev.opsflow.local.invoke.LambdaRegistry;
import dev.opsflow.shared.json.Json;
import javax.sql.DataSource;

/**
 * The crash test's Lambda functions, whose effects land in the shared database so they outlive a killed
 * engine process. {@code side-effect} applies an effect once per idempotency key (INSERT ... ON CONFLICT DO
 * NOTHING) and counts every raw attempt, as a real idempotent handler on an at-least-once engine would;
 * {@code store-token} hands its task token to whoever answers tokens (the test) through a table.
 */
final class CrashLambdas {
  static final String SIDE_EFFECT = "side-effect";
  static final String STORE_TOKEN = "store-token";
  /** How long a side effect takes after it was applied: widens the window in which a kill forces a re-invocation. */
  private static final long EFFECT_MILLIS = 20;

  private CrashLambdas() {}

  static void createTables(DataSource dataSource) {
    Sql.update(
        dataSource,
        """
        CREATE TABLE side_effects (
          idempotency_key text PRIMARY KEY,
          execution_arn   text NOT NULL,
          state           text NOT NULL,
          applied_at      timestamptz NOT NULL DEFAULT now())
        """);
    Sql.update(dataSource, "CREATE TABLE side_effect_attempts (id bigserial PRIMARY KEY, idempotency_key text NOT NULL)");
    Sql.update(
        dataSource,
        """
        CREATE TABLE callback_tokens (
          token         text PRIMARY KEY,
          execution_arn text NOT NULL,
          n             integer NOT NULL,
          answered      boolean NOT NULL DEFAULT false)
        """);
  }

  static LambdaRegistry registry(DataSource dataSource) {
    LambdaRegistry lambdas = new LambdaRegistry();
    lambdas.register(SIDE_EFFECT, (payload, invocation) -> sideEffect(dataSource, payload, invocation));
    lambdas.register(
        STORE_TOKEN,
        (payload, invocation) -> {
          Sql.update(
              dataSource,
              "INSERT INTO callback_tokens (token, execution_arn, n) VALUES (?, ?, ?) ON CONFLICT (token) DO NOTHING",
              payload.get("token").asText(), payload.get("execution").asText(), payload.get("n").asInt());
          return Json.MAPPER.createObjectNode().put("submitted", true);
        });
    return lambdas;
  }

  private static JsonNode sideEffect(DataSource dataSource, JsonNode payload, LambdaInvocation invocation) {
    String key = invocation.idempotencyKey();
    Sql.update(dataSource, "INSERT INTO side_effect_attempts (idempotency_key) VALUES (?)", key);
    Sql.update(
        dataSource,
        "INSERT INTO side_effects (idempotency_key, execution_arn, state) VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
        key, payload.get("execution").asText(), payload.get("state").asText());
    try {
      Thread.sleep(EFFECT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ObjectNode result = Json.MAPPER.createObjectNode();
    result.put("step", payload.get("step").asText());
    result.put("n", payload.get("n").asInt());
    return result;
  }
}
