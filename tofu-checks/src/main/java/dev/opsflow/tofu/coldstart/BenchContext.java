package dev.opsflow.tofu.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The invocation context of the cold-start harness: the memory the manifest gives, 30 s left, logs to stderr. */
final class BenchContext implements Context {
  private static final int MEMORY_MB = Integer.parseInt(System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"));

  @Override
  public String getAwsRequestId() {
    return "cold-start-bench";
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/cold-start-bench";
  }

  @Override
  public String getLogStreamName() {
    return "cold-start-bench";
  }

  @Override
  public String getFunctionName() {
    return System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "cold-start-bench");
  }

  @Override
  public String getFunctionVersion() {
    return "1";
  }

  @Override
  public String getInvokedFunctionArn() {
    return "arn:aws:lambda:us-east-1:123456789012:function:" + getFunctionName() + ":live";
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return 30_000;
  }

  @Override
  public int getMemoryLimitInMB() {
    return MEMORY_MB;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        System.err.print(message);
      }

      @Override
      public void log(byte[] message) {
        System.err.write(message, 0, message.length);
      }
    };
  }
}
