package dev.opsflow.local.invoke;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Lambda {@link Context} a handler sees when the local runtime invokes it in-process. */
final class LocalLambdaContext implements Context {
  private static final Logger LOG = LoggerFactory.getLogger("opsflow.lambda");

  private final LambdaInvocation invocation;
  private final String functionName;
  private final long deadlineMillis;

  LocalLambdaContext(LambdaInvocation invocation, long timeoutMillis) {
    this.invocation = invocation;
    this.functionName = LambdaRegistry.functionName(invocation.functionArn());
    this.deadlineMillis = System.currentTimeMillis() + timeoutMillis;
  }

  @Override
  public String getAwsRequestId() {
    return invocation.requestId();
  }

  @Override
  public String getLogGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String getLogStreamName() {
    return "local";
  }

  @Override
  public String getFunctionName() {
    return functionName;
  }

  @Override
  public String getFunctionVersion() {
    return "$LATEST";
  }

  @Override
  public String getInvokedFunctionArn() {
    return invocation.functionArn();
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
    return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
  }

  @Override
  public int getMemoryLimitInMB() {
    return 512;
  }

  @Override
  public LambdaLogger getLogger() {
    return new LambdaLogger() {
      @Override
      public void log(String message) {
        LOG.info("[{}] {}", functionName, message);
      }

      @Override
      public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
      }
    };
  }
}
