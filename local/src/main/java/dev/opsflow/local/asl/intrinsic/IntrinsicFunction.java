package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One intrinsic, e.g. States.ArrayLength: checks its evaluated arguments and computes its result.
 */
@FunctionalInterface
interface IntrinsicFunction {
  JsonNode apply(IntrinsicArguments arguments);
}
