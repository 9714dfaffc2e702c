package dev.opsflow.local.conformance;

/**
 * One Lambda function a case deploys: its ARN (as the definition names it), its name, its Python source (used
 * to write the stack trace AWS reports) and its behaviour.
 */
public record LambdaSpec(String functionArn, String name, String source, LambdaBehaviour behaviour) {}
