/**
 * Offline checks of the OpenTofu code in tofu/ against the repository (manifest, state machines, rule files),
 * using {@code @cdktf/hcl2json} to parse HCL and {@code asl-validator} for ASL: there is no tofu binary on the build
 * machines. Also home of the cold-start harness ({@code dev.opsflow.tofu.coldstart}) and the cost model
 * ({@code dev.opsflow.tofu.cost}).
 */
package dev.opsflow.tofu.checks;
